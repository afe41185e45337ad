package kz.mfo.search

import org.springframework.web.bind.annotation.*

@RestController
class SearchController {
    @GetMapping("/clients/search")
    fun search(@RequestParam q: String, @RequestParam name: String): Boolean {
        // ruleid: kotlin-redos-dynamic-regex
        val r = Regex(q)
        // ruleid: kotlin-redos-dynamic-regex
        val r2 = "^$q.*$".toRegex()
        // ok: kotlin-redos-dynamic-regex
        val r3 = Regex(Regex.escape(q))
        // ok: kotlin-redos-dynamic-regex
        val iin = Regex("\\d{12}").matches(q)
        return r.containsMatchIn(name) && r2.matches(name) && r3.containsMatchIn(name) && iin
    }
}

// a nullable servlet request: read with a safe call (`?.`) or a not-null assertion (`!!`)
class NullableRequestHandler {
    fun handle(request: HttpServletRequest?, response: HttpServletResponse, webView: WebView) {
        val a = request?.getParameter("a")
        // ruleid: kotlin-redos-dynamic-regex
        Regex(a)
        val b = request!!.getParameter("b")
        // ruleid: kotlin-redos-dynamic-regex
        Regex(b)
    }
}

// a sink on a nullable receiver: a safe call (`?.`), or a not-null assertion (`!!`) in the receiver

class NullableReceiverRegex {
    fun handle(request: HttpServletRequest, names: List<String>) {
        val a = request.getParameter("a")
        // ruleid: kotlin-redos-dynamic-regex
        val re = a?.toRegex()
        // ok: kotlin-redos-dynamic-regex
        val found = a?.contains("x")
    }
}
