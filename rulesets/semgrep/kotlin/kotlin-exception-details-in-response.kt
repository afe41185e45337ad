package kz.mfo.web

import io.ktor.http.*
import io.ktor.server.application.*
import io.ktor.server.plugins.statuspages.*
import io.ktor.server.response.*

fun Application.errors() {
    install(StatusPages) {
        exception<Throwable> { call, cause ->
            // ruleid: kotlin-exception-details-in-response
            call.respondText(cause.stackTraceToString(), status = HttpStatusCode.InternalServerError)
        }
        exception<IllegalArgumentException> { call, cause ->
            // ok: kotlin-exception-details-in-response
            call.respond(HttpStatusCode.BadRequest, cause.message ?: "bad request")
        }
    }
}

suspend fun apply(call: ApplicationCall) {
    try {
        submit()
    } catch (e: Exception) {
        // ruleid: kotlin-exception-details-in-response
        call.respond(HttpStatusCode.InternalServerError, mapOf("error" to e.message))
    }
    try {
        submit()
    } catch (e: Exception) {
        log.error("apply failed", e)
        // ok: kotlin-exception-details-in-response
        call.respond(HttpStatusCode.InternalServerError, mapOf("error" to "internal_error"))
    }
}

// printStackTrace() writes to the process's standard error and returns Unit: the last expression
// of a lambda (read by semgrep as its return value) carries no exception text to a client
class ReportActivity {
    fun bind(button: Button) {
        button.setOnClickListener {
            Thread {
                try {
                    submit()
                } catch (e: Exception) {
                    // ok: kotlin-exception-details-in-response
                    e.printStackTrace()
                }
            }.start()
        }
    }
}
