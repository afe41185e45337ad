package kz.example.mfo.bureau

import okhttp3.OkHttpClient
import okhttp3.Request
import org.springframework.web.client.RestTemplate

class BureauClient(private val http: OkHttpClient, private val rest: RestTemplate, private val apiKey: String) {
    fun report(iin: String): String? {
        // ruleid: kotlin-credential-in-query-string
        val request = Request.Builder().url("https://bureau.example.kz/v1/report?iin=$iin&api_key=$apiKey").build()
        return http.newCall(request).execute().body?.string()
    }

    fun score(iin: String, token: String): String? {
        // ruleid: kotlin-credential-in-query-string
        return rest.getForObject("https://scoring.example.kz/score?iin=" + iin + "&token=" + token, String::class.java)
    }

    fun scoreWithHeader(iin: String, token: String): String? {
        // ok: kotlin-credential-in-query-string
        val request = Request.Builder().url("https://scoring.example.kz/score?iin=$iin").header("Authorization", "Bearer $token").build()
        return http.newCall(request).execute().body?.string()
    }

    fun page(cursor: String): String? {
        // ok: kotlin-credential-in-query-string
        return rest.getForObject("https://bureau.example.kz/v1/loans?page_token=$cursor", String::class.java)
    }
}

// the other side: a server that reads a credential from the URL it was called with
fun Application.cashierRoutes(cashiers: CashierService) {
    routing {
        get("/cashier/login") {
            // ruleid: kotlin-credential-in-query-string
            val pin = call.request.queryParameters["password"]
            // ok: kotlin-credential-in-query-string
            val branch = call.request.queryParameters["branchId"]
            // ruleid: kotlin-credential-in-query-string
            val key = call.request.queryParameters.get("api_key")
            // ok: kotlin-credential-in-query-string
            val resetLink = call.request.queryParameters["reset_token"]
            call.respond(cashiers.login(branch, pin, key, resetLink))
        }
        get("/cashier/{cashierId}/secret/{pwd}") {
            // ruleid: kotlin-credential-in-query-string
            val secret = call.parameters["pwd"]
            // ok: kotlin-credential-in-query-string
            val cashierId = call.parameters["cashierId"]
            call.respond(cashiers.check(cashierId, secret))
        }
    }
}

@RestController
class TellerController(private val tellers: TellerService) {
    @GetMapping("/teller/session")
    // ruleid: kotlin-credential-in-query-string
    fun open(@RequestParam tellerId: String, @RequestParam password: String): String = tellers.open(tellerId, password)

    @PostMapping("/teller/session")
    // ok: kotlin-credential-in-query-string
    fun openByForm(@RequestParam tellerId: String, @RequestParam password: String): String = tellers.open(tellerId, password)

    @GetMapping("/teller/statement")
    // ok: kotlin-credential-in-query-string
    fun statement(@RequestParam tellerId: String, @RequestParam month: String): String = tellers.statement(tellerId, month)
}
