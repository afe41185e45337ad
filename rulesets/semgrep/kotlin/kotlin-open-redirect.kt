package kz.mfo.web

import io.ktor.server.application.*
import io.ktor.server.response.*
import io.ktor.server.routing.*

fun Application.loginRoutes() {
    routing {
        get("/login/done") {
            val next = call.request.queryParameters["next"] ?: "/"
            // ruleid: kotlin-open-redirect
            call.respondRedirect(next)
        }
        get("/logout") {
            // ok: kotlin-open-redirect
            call.respondRedirect("/")
        }
    }
}
