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
