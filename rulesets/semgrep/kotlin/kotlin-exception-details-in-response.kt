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

// a handler's returned value is the response body; a plain function's is not
@RestController
class ScheduleController(private val schedules: ScheduleService) {
    @GetMapping("/schedules/{loanId}")
    fun schedule(@PathVariable loanId: Long): String {
        try {
            return schedules.render(loanId)
        } catch (e: Exception) {
            // ruleid: kotlin-exception-details-in-response
            return "schedule failed: ${e.message}"
        }
    }

    private fun describe(loanId: Long): String {
        try {
            return schedules.render(loanId)
        } catch (e: Exception) {
            // ok: kotlin-exception-details-in-response
            return "not rendered: ${e.message}"
        }
    }
}

@Controller
class RepaymentPage {
    @PostMapping("/repayments")
    @ResponseBody
    fun repay(@RequestParam amount: String): String {
        try {
            return post(amount)
        } catch (e: IllegalStateException) {
            // ruleid: kotlin-exception-details-in-response
            return e.stackTraceToString()
        }
    }
}

// an app's helper hands its caller a text to show or log: no client of a server receives it
class OfflineCipher {
    fun seal(data: String): String {
        try {
            return encrypt(data)
        } catch (e: Exception) {
            // ok: kotlin-exception-details-in-response
            return "Encryption error: ${e.message}"
        }
    }

    fun open(data: String): String {
        return try {
            decrypt(data)
        } catch (e: Exception) {
            // ok: kotlin-exception-details-in-response
            "Decryption error: ${e.message}"
        }
    }
}

@RestControllerAdvice
class LoanErrors {
    @ExceptionHandler(IllegalStateException::class)
    fun onState(e: IllegalStateException): String {
        // ruleid: kotlin-exception-details-in-response
        return "loan state error: " + e.message
    }
}
