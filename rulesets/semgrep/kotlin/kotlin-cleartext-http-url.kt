package kz.mfo.app.net

import okhttp3.OkHttpClient
import okhttp3.Request
import retrofit2.Retrofit
import java.net.URL

object Endpoints {
    // ruleid: kotlin-cleartext-http-url
    const val API_BASE_URL = "http://api.mfo.kz/v1/"
    // ok: kotlin-cleartext-http-url
    const val CABINET_URL = "https://cabinet.mfo.kz/"
    // the Android emulator's address of the developer machine
    // ok: kotlin-cleartext-http-url
    const val DEV_BASE_URL = "http://10.0.2.2:8080/"
    // ok: kotlin-cleartext-http-url
    const val ATOM_NAMESPACE = "http://www.w3.org/2005/Atom"
}

class ApiFactory(private val client: OkHttpClient) {
    fun retrofit(): Retrofit = Retrofit.Builder()
        // ruleid: kotlin-cleartext-http-url
        .baseUrl("http://scoring.mfo.kz/")
        .client(client)
        .build()

    fun ping(host: String): String {
        // ruleid: kotlin-cleartext-http-url
        val request = Request.Builder().url("http://$host/health").build()
        client.newCall(request).execute().use { return it.body!!.string() }
    }

    fun rates(): String {
        // ruleid: kotlin-cleartext-http-url
        return URL("http://rates.partner.kz/today").readText()
    }

    fun ratesSecure(): String {
        // ok: kotlin-cleartext-http-url
        return URL("https://rates.partner.kz/today").readText()
    }

    fun hint(): String {
        // ok: kotlin-cleartext-http-url
        return "Open http://mfo.kz in a browser"
    }
}

object LanEndpoints {
    // private networks and multicast-DNS names stay inside the organisation's network
    // ok: kotlin-cleartext-http-url
    const val BUREAU_LAN_URL = "http://10.12.0.7/bureau"
    // ok: kotlin-cleartext-http-url
    const val SCANNER_API_URL = "http://192.168.1.40/scan"
    // ok: kotlin-cleartext-http-url
    const val PRINTER_ENDPOINT = "http://printer.local/api"
    // ruleid: kotlin-cleartext-http-url
    const val PARTNER_API_URL = "http://172.217.0.10/api"
}
