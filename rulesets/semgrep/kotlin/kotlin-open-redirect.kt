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

fun Application.returnRoutes() {
    routing {
        get("/return") {
            // a scope function hands the parameter to the lambda's `it` or named parameter
            call.request.queryParameters["next"]?.let {
                // ruleid: kotlin-open-redirect
                call.respondRedirect(it)
            }
            call.request.queryParameters["back"]?.also { back ->
                // ruleid: kotlin-open-redirect
                call.respondRedirect(back)
            }
            "/home".let {
                // ok: kotlin-open-redirect
                call.respondRedirect(it)
            }
        }
    }
}

// a nullable servlet request: read with a safe call (`?.`) or a not-null assertion (`!!`)
class NullableRequestHandler {
    fun handle(request: HttpServletRequest?, response: HttpServletResponse, webView: WebView) {
        val a = request?.getParameter("a")
        // ruleid: kotlin-open-redirect
        response.sendRedirect(a)
        val b = request!!.getParameter("b")
        // ruleid: kotlin-open-redirect
        response.sendRedirect(b)
    }
}

// a sink on a nullable receiver: a safe call (`?.`), or a not-null assertion (`!!`) in the receiver

class NullableReceiverRedirect {
    fun handle(request: HttpServletRequest, response: HttpServletResponse?, trail: StringBuilder?) {
        val a = request.getParameter("a")
        // ruleid: kotlin-open-redirect
        response?.sendRedirect(a)
        // ruleid: kotlin-open-redirect
        response!!.sendRedirect(a)
        // ok: kotlin-open-redirect
        trail?.append(a)
    }
}

// an allow-list by equality: a target equal to a constant, or one of a constant set, is the constant
private const val CABINET = "/cabinet/loans"

fun Application.cabinetRoutes() {
    routing {
        get("/cabinet/return") {
            val next = call.request.queryParameters["next"] ?: CABINET
            if (next == CABINET || next == "/cabinet/schedule") {
                // ok: kotlin-open-redirect
                call.respondRedirect(next)
            }
            if (next in setOf("/cabinet/profile", "/cabinet/documents")) {
                // ok: kotlin-open-redirect
                call.respondRedirect(next)
            }
            when (next) {
                // ok: kotlin-open-redirect
                "/cabinet/help" -> call.respondRedirect(next)
                // ruleid: kotlin-open-redirect
                else -> call.respondRedirect(next)
            }
            if (next.startsWith("/") || next == CABINET) {
                // ruleid: kotlin-open-redirect
                call.respondRedirect(next)
            }
        }
    }
}

// the same allow-list as an early exit
fun Application.cabinetExitRoutes() {
    routing {
        get("/cabinet/exit") {
            val next = call.request.queryParameters["next"] ?: CABINET
            if (!(next == CABINET || next == "/cabinet/schedule")) {
                call.respondRedirect(CABINET)
                return@get
            }
            // ok: kotlin-open-redirect
            call.respondRedirect(next)
        }
        get("/cabinet/exit2") {
            val next = call.request.queryParameters["next"] ?: CABINET
            if (next == CABINET) return@get
            // ruleid: kotlin-open-redirect
            call.respondRedirect(next)
        }
    }
}
