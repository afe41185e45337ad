package kz.mfo.hooks

import io.ktor.client.*
import io.ktor.client.request.*
import io.ktor.server.application.*
import io.ktor.server.response.*
import io.ktor.server.routing.*
import java.net.URI
import java.net.URL

fun Application.hookRoutes(httpClient: HttpClient) {
    routing {
        post("/webhooks/test") {
            val url = call.request.queryParameters["callbackUrl"]!!
            // ruleid: kotlin-ssrf
            val a = httpClient.get(url)
            // ruleid: kotlin-ssrf
            val b = URL(url).openStream()
            val iin = call.request.queryParameters["iin"]
            // ok: kotlin-ssrf
            val c = httpClient.get("https://api.partner-a.kz/v1/clients/$iin")
            // ok: kotlin-ssrf
            val cached = cache.get(url)
            // parsing a URI makes no request
            // ok: kotlin-ssrf
            val host = URI(url).host
            call.respondText("ok")
        }
    }
}
