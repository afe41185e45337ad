package kz.mfo.docs

import io.ktor.server.application.*
import io.ktor.server.response.*
import io.ktor.server.routing.*
import java.io.File
import org.springframework.core.io.ClassPathResource
import org.springframework.stereotype.Controller
import org.springframework.web.bind.annotation.GetMapping
import org.springframework.web.bind.annotation.RequestParam

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

// a path on the class path: "../" reaches the application's configuration and classes
@Controller
class FormController {
    @GetMapping("/forms")
    fun form(@RequestParam name: String): ByteArray {
        // ruleid: kotlin-path-traversal
        return ClassPathResource("/forms/" + name).inputStream.readBytes()
    }

    fun template(req: javax.servlet.http.HttpServletRequest): ByteArray? {
        val name = req.getParameter("name")
        // ruleid: kotlin-path-traversal
        return javaClass.getResourceAsStream("/templates/$name")?.readBytes()
    }

    @GetMapping("/forms/safe")
    fun formSafe(@RequestParam name: String): ByteArray {
        // ok: kotlin-path-traversal
        return ClassPathResource("/forms/" + File(name).name).inputStream.readBytes()
    }

    fun terms(): ByteArray? {
        // ok: kotlin-path-traversal
        return javaClass.getResourceAsStream("/templates/terms.html")?.readBytes()
    }
}

// a nullable servlet request: read with a safe call (`?.`) or a not-null assertion (`!!`)
class NullableRequestHandler {
    fun handle(request: HttpServletRequest?, response: HttpServletResponse, webView: WebView) {
        val a = request?.getParameter("a")
        // ruleid: kotlin-path-traversal
        File(a).readText()
        val b = request!!.getParameter("b")
        // ruleid: kotlin-path-traversal
        File(b).readText()
    }
}

// a sink on a nullable receiver: a safe call (`?.`), or a not-null assertion (`!!`) in the receiver

class NullableReceiverFiles {
    fun handle(request: HttpServletRequest, base: Path?, context: Context?, promise: Promise?) {
        val a = request.getParameter("a")
        // ruleid: kotlin-path-traversal
        base?.resolve(a)
        // ruleid: kotlin-path-traversal
        context?.openFileInput(a)
        // ruleid: kotlin-path-traversal
        javaClass.classLoader?.getResourceAsStream(a)
        // ok: kotlin-path-traversal
        promise?.resolve(a)
        // ok: kotlin-path-traversal
        promise!!.resolve(a)
    }
}

// an allow-list by equality: a name equal to a constant, or one of a constant set, is the constant
private const val TARIFF_FILE = "tariffs-2026.pdf"

fun Application.tariffRoutes() {
    routing {
        get("/tariffs/{name}") {
            val name = call.parameters["name"]!!
            if (name == TARIFF_FILE) {
                // ok: kotlin-path-traversal
                call.respondFile(File(BASE, name))
            }
            if (name in listOf("archive.pdf", "rules.pdf")) {
                // ok: kotlin-path-traversal
                call.respondFile(File(BASE, name))
            } else {
                // ruleid: kotlin-path-traversal
                call.respondFile(File(BASE, name))
            }
            when (name) {
                // ok: kotlin-path-traversal
                "archive.pdf", TARIFF_FILE -> call.respondFile(File(BASE, name))
                // ruleid: kotlin-path-traversal
                else -> call.respondFile(File(BASE, name))
            }
            if (name.endsWith(".pdf")) {
                // ruleid: kotlin-path-traversal
                call.respondFile(File(BASE, name))
            }
        }
    }
}

// the same allow-list as an early exit
fun Application.tariffExitRoutes() {
    routing {
        get("/tariffs/exit/{name}") {
            val name = call.parameters["name"]!!
            if (name !in listOf("archive.pdf", TARIFF_FILE)) throw IllegalArgumentException("unknown")
            // ok: kotlin-path-traversal
            call.respondFile(File(BASE, name))
        }
    }
}

// a file name sent by a network peer (a socket connection) is request data
class FileDropServer {
    fun receive(server: java.net.ServerSocket) {
        val client = server.accept()
        val name = java.io.DataInputStream(client.inputStream).readUTF()
        // ruleid: kotlin-path-traversal
        val target = File("/var/spool/drop/" + name)
        // ok: kotlin-path-traversal
        val log = File("/var/spool/drop/received.log")
    }
}
