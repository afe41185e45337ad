package kz.mfo.web

import io.ktor.http.HttpHeaders
import io.ktor.server.application.*
import io.ktor.server.response.*
import jakarta.servlet.http.HttpServletRequest
import jakarta.servlet.http.HttpServletResponse

// No credentials header is sent anywhere in this file: an echoed Origin lets any site
// read only what an anonymous request can (medium).
class RatesCorsFilter {
    private val allowed = setOf("https://lk.example.kz")

    fun addCors(request: HttpServletRequest, response: HttpServletResponse) {
        // ruleid: kotlin-cors-reflected-origin
        response.setHeader("Access-Control-Allow-Origin", request.getHeader("Origin"))
    }

    fun addCorsViaVal(request: HttpServletRequest, response: HttpServletResponse) {
        val origin = request.getHeader("Origin")
        // ruleid: kotlin-cors-reflected-origin
        response.addHeader("Access-Control-Allow-Origin", origin)
    }

    fun listed(request: HttpServletRequest, response: HttpServletResponse) {
        val origin = request.getHeader("Origin")
        if (allowed.contains(origin)) {
            // ok: kotlin-cors-reflected-origin
            response.setHeader("Access-Control-Allow-Origin", origin)
        }
        if (origin == "https://lk.example.kz") {
            // ok: kotlin-cors-reflected-origin
            response.setHeader("Access-Control-Allow-Origin", origin)
        }
        // ok: kotlin-cors-reflected-origin
        response.setHeader("Access-Control-Allow-Origin", "*")
    }
}

suspend fun ApplicationCall.echoOrigin() {
    // ruleid: kotlin-cors-reflected-origin
    response.header("Access-Control-Allow-Origin", request.headers["Origin"] ?: "*")
    val origin = request.headers[HttpHeaders.Origin]
    // ruleid: kotlin-cors-reflected-origin
    response.header(HttpHeaders.AccessControlAllowOrigin, origin!!)
}
