package kz.mfo.docs

import io.ktor.server.application.*
import io.ktor.server.response.*
import io.ktor.server.routing.*
import java.io.File

private const val BASE = "/srv/mfo/contracts"

fun Application.contractRoutes() {
    routing {
        get("/contracts/{name}") {
            val name = call.parameters["name"]!!
            // ruleid: kotlin-path-traversal
            call.respondFile(File(BASE, name))
        }
        get("/contracts/safe/{name}") {
            val name = call.parameters["name"]!!
            // ok: kotlin-path-traversal
            call.respondFile(File(BASE, File(name).name))
        }
        get("/terms") {
            // ok: kotlin-path-traversal
            call.respondFile(File(BASE, "terms.pdf"))
        }
    }
}

class ContractViewer : android.app.Activity() {
    fun openFromIntent(dir: File) {
        intent.getStringExtra("file")?.let {
            // ruleid: kotlin-path-traversal
            File(dir, it).readBytes()
        }
        intent.getStringExtra("file")?.let { name ->
            // ruleid: kotlin-path-traversal
            File(dir, name).writeText("signed")
        }
        intent.getStringExtra("file")?.run {
            // ruleid: kotlin-path-traversal
            File(dir, this).delete()
        }
        intent.getStringExtra("file")?.let { name ->
            // ok: kotlin-path-traversal
            File(dir, File(name).name).readBytes()
        }
        intent.getStringExtra("file")?.also {
            // ok: kotlin-path-traversal
            File(dir, "contract.pdf").writeText(it)
        }
    }

    fun initialLink(promise: Promise, dir: java.nio.file.Path) {
        val link = intent.dataString
        // ok: kotlin-path-traversal
        promise.resolve(link)
        // ruleid: kotlin-path-traversal
        dir.resolve(link)
    }

    // an element-wise function hands each element of an array extra to the lambda
    fun removeEach(dir: File) {
        intent.getStringArrayExtra("files")?.forEach {
            // ruleid: kotlin-path-traversal
            File(dir, it).delete()
        }
        intent.getStringArrayExtra("files")?.mapNotNull { name ->
            // ruleid: kotlin-path-traversal
            File(dir, name).readBytes()
        }
        intent.getStringArrayExtra("files")?.forEach {
            // ok: kotlin-path-traversal
            File(dir, File(it).name).delete()
        }
    }
}
