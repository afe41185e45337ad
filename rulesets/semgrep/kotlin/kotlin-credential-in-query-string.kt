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
