package kz.mfo.partner

import io.ktor.client.*
import io.ktor.client.engine.cio.*
import io.ktor.client.plugins.*
import java.net.URL
import org.springframework.web.client.RestTemplate

class PartnerClients {
    // ruleid: kotlin-http-client-without-timeout
    val plain = RestTemplate()

    // ruleid: kotlin-http-client-without-timeout
    val ktor = HttpClient(CIO) {
        expectSuccess = true
    }

    // ok: kotlin-http-client-without-timeout
    val ktorTimed = HttpClient(CIO) {
        install(HttpTimeout) {
            requestTimeoutMillis = 10_000
        }
    }

    // ruleid: kotlin-http-client-without-timeout
    fun rates(): String = URL("https://partner.example.kz/rates").readText()
}
