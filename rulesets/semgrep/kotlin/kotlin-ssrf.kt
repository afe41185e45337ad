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

class PartnerActivity : android.app.Activity() {
    // a scope function or an element-wise function hands the extra (or each of its elements)
    // to the lambda's `it`, named parameter or `this`
    fun fetchFromExtras(base: String) {
        intent.getStringExtra("callback")?.let {
            // ruleid: kotlin-ssrf
            URL(it).openStream()
        }
        intent.dataString?.also { link ->
            // ruleid: kotlin-ssrf
            okhttp3.Request.Builder().url(link).build()
        }
        intent.getStringArrayExtra("mirrors")?.forEach {
            // ruleid: kotlin-ssrf
            URL(it).openStream()
        }
        // ruleid: kotlin-ssrf
        val feeds = intent.getStringArrayExtra("feeds")?.map { URL(it) }
        intent.getStringExtra("loan")?.let {
            // ok: kotlin-ssrf
            URL(base + it.toLong()).openStream()
        }
        listOf(base).forEach {
            // ok: kotlin-ssrf
            URL(it).openStream()
        }
    }
}

// a nullable servlet request: read with a safe call (`?.`) or a not-null assertion (`!!`)
class NullableRequestHandler {
    fun handle(request: HttpServletRequest?, response: HttpServletResponse, webView: WebView) {
        val a = request?.getParameter("a")
        // ruleid: kotlin-ssrf
        URL(a).readText()
        val b = request!!.getParameter("b")
        // ruleid: kotlin-ssrf
        URL(b).readText()
    }
}

// a sink on a nullable receiver: a safe call (`?.`), or a not-null assertion (`!!`) in the receiver

class NullableReceiverFetch {
    fun handle(request: HttpServletRequest, restTemplate: RestTemplate?, httpClient: HttpClient?, cache: Cache?) {
        val a = request.getParameter("a")
        // ruleid: kotlin-ssrf
        restTemplate?.getForObject(a, String::class.java)
        // ruleid: kotlin-ssrf
        httpClient?.get(a)
        // ruleid: kotlin-ssrf
        httpClient!!.get(a)
        // ok: kotlin-ssrf
        cache?.get(a)
    }
}

// an allow-list by equality: a value equal to a constant, or one of a constant set, is the constant
private const val BUREAU_URL = "https://bureau.example.kz/v1/score"
private val PARTNER_URLS = setOf("https://partner-a.example.kz/", "https://partner-b.example.kz/")

fun Application.bureauRoutes(httpClient: HttpClient) {
    routing {
        get("/bureau/score") {
            val target = call.request.queryParameters["target"]!!
            val mirror = call.request.queryParameters["mirror"]!!
            if (target == BUREAU_URL) {
                // ok: kotlin-ssrf
                httpClient.get(target)
            } else {
                // ruleid: kotlin-ssrf
                httpClient.get(target)
            }
            if ("https://rates.example.kz/today" == target || target == BUREAU_URL) {
                // ok: kotlin-ssrf
                URL(target).openStream()
            }
            if (target in setOf("https://a.example.kz/", "https://b.example.kz/")) {
                // ok: kotlin-ssrf
                URL(target).openStream()
            }
            if (target in PARTNER_URLS && mirror.isEmpty()) {
                // ok: kotlin-ssrf
                httpClient.get(target)
            }
            when (target) {
                // ok: kotlin-ssrf
                "https://a.example.kz/", "https://b.example.kz/" -> httpClient.get(target)
                BUREAU_URL -> {
                    // ok: kotlin-ssrf
                    URL(target).openStream()
                }
                // ruleid: kotlin-ssrf
                else -> URL(target).openStream()
            }
            // not an allow-list: after the if, a negation, another variable, a set of the caller's values
            // ruleid: kotlin-ssrf
            httpClient.get(target)
            if (target != BUREAU_URL) {
                // ruleid: kotlin-ssrf
                httpClient.get(target)
            }
            if (target == mirror) {
                // ruleid: kotlin-ssrf
                httpClient.get(target)
            }
            if (target == BUREAU_URL || target.startsWith("https://")) {
                // ruleid: kotlin-ssrf
                httpClient.get(target)
            }
            if (target in setOf(mirror, BUREAU_URL)) {
                // ruleid: kotlin-ssrf
                httpClient.get(target)
            }
            when (target) {
                // ruleid: kotlin-ssrf
                mirror -> httpClient.get(target)
            }
        }
    }
}

// the same allow-list as an early exit: after `if (v != CONSTANT) return` the value is the constant
fun Application.bureauExitRoutes(httpClient: HttpClient) {
    routing {
        get("/bureau/exit") {
            val target = call.request.queryParameters["target"]!!
            if (target != BUREAU_URL && target != "https://rates.example.kz/today") return@get
            // ok: kotlin-ssrf
            httpClient.get(target)
        }
        get("/bureau/exit2") {
            val target = call.request.queryParameters["target"]!!
            if (target !in PARTNER_URLS) {
                // ruleid: kotlin-ssrf
                httpClient.get(target)
                throw IllegalArgumentException("unknown partner")
            }
            // ok: kotlin-ssrf
            URL(target).openStream()
        }
        get("/bureau/exit3") {
            val target = call.request.queryParameters["target"]!!
            val mirror = call.request.queryParameters["mirror"]!!
            if (target != BUREAU_URL) {
                call.application.log.info("unknown bureau")
            }
            // ruleid: kotlin-ssrf
            httpClient.get(target)
            if (target != mirror) return@get
            // ruleid: kotlin-ssrf
            httpClient.get(target)
        }
    }
}
