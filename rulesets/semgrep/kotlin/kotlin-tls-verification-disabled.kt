package kz.mfo.bureau

import android.net.http.SslError
import android.webkit.SslErrorHandler
import android.webkit.WebView
import android.webkit.WebViewClient
import java.security.cert.X509Certificate
import javax.net.ssl.SSLContext
import javax.net.ssl.X509TrustManager
import okhttp3.OkHttpClient

class Clients {
    val trustAll = object : X509TrustManager {
        override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) {}
        // ruleid: kotlin-tls-verification-disabled
        override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {}
        override fun getAcceptedIssuers(): Array<X509Certificate> = arrayOf()
    }

    // ruleid: kotlin-tls-verification-disabled
    val client = OkHttpClient.Builder().hostnameVerifier { _, _ -> true }.build()

    // ok: kotlin-tls-verification-disabled
    val client2 = OkHttpClient.Builder().build()

    // ruleid: kotlin-tls-verification-disabled
    val old = SSLContext.getInstance("TLSv1")

    // ok: kotlin-tls-verification-disabled
    val modern = SSLContext.getInstance("TLSv1.3")
}

class LenientClient : WebViewClient() {
    // ruleid: kotlin-tls-verification-disabled
    override fun onReceivedSslError(view: WebView?, handler: SslErrorHandler?, error: SslError?) {
        handler?.proceed()
    }
}

class StrictClient : WebViewClient() {
    // ok: kotlin-tls-verification-disabled
    override fun onReceivedSslError(view: WebView?, handler: SslErrorHandler?, error: SslError?) {
        handler?.cancel()
    }
}

class LegacyClients {
    // an annotated, multi-line override whose body holds only a comment
    fun trustAllFactory(): SSLSocketFactory {
        val managers: Array<TrustManager> = arrayOf(object : X509TrustManager {
            @Throws(CertificateException::class)
            override fun checkClientTrusted(chain: Array<X509Certificate?>?, authType: String?) {
            }

            // ruleid: kotlin-tls-verification-disabled
            @Throws(CertificateException::class)
            override fun checkServerTrusted(
                chain: Array<X509Certificate?>?,
                authType: String?
            ) {
                // accept every server certificate
            }

            override fun getAcceptedIssuers(): Array<X509Certificate?> = arrayOfNulls(0)
        })
        val context = SSLContext.getInstance("TLS")
        context.init(null, managers, SecureRandom())
        return context.socketFactory
    }

    // a trust manager that delegates to the platform's checks
    val delegating = object : X509TrustManager {
        // ok: kotlin-tls-verification-disabled
        override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {
            platform.checkServerTrusted(chain, authType)
        }
        override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) {}
        override fun getAcceptedIssuers(): Array<X509Certificate> = platform.acceptedIssuers
    }

    fun allowAll(connection: HttpsURLConnection) {
        // ruleid: kotlin-tls-verification-disabled
        connection.hostnameVerifier = ALLOW_ALL_HOSTNAME_VERIFIER
        // ruleid: kotlin-tls-verification-disabled
        connection.hostnameVerifier = SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER
        // ruleid: kotlin-tls-verification-disabled
        connection.hostnameVerifier = AllowAllHostnameVerifier()
        // ok: kotlin-tls-verification-disabled
        connection.hostnameVerifier = HttpsURLConnection.getDefaultHostnameVerifier()
        // ok: kotlin-tls-verification-disabled
        connection.hostnameVerifier = STRICT_HOSTNAME_VERIFIER
    }
}

// a nullable receiver: a safe call (`?.`) is a pattern of its own
class NullableClients {
    fun build(builder: OkHttpClient.Builder?, conn: HttpsURLConnection?) {
        // ruleid: kotlin-tls-verification-disabled
        builder?.hostnameVerifier { _, _ -> true }
        // ruleid: kotlin-tls-verification-disabled
        conn?.setHostnameVerifier { _, _ -> true }
        // ok: kotlin-tls-verification-disabled
        builder?.hostnameVerifier { host, _ -> host == "api.example.kz" }
    }
}

// a verifier whose lambda logs (or counts) first and then answers true for every host
class BureauClientFactory {
    fun scoringClient(builder: OkHttpClient.Builder): OkHttpClient {
        // ruleid: kotlin-tls-verification-disabled
        val acceptAnyBureauHost = HostnameVerifier { host, _ ->
            Log.w("bureau", "accepting host $host")
            true
        }
        builder.hostnameVerifier(acceptAnyBureauHost)
        return builder.build()
    }

    fun statementClient(builder: OkHttpClient.Builder?, conn: HttpsURLConnection) {
        // ruleid: kotlin-tls-verification-disabled
        builder?.hostnameVerifier { host, session ->
            auditLog.record("tls", host)
            true
        }
        // ruleid: kotlin-tls-verification-disabled
        conn.setHostnameVerifier { host, _ ->
            println(host)
            true
        }
        // ok: kotlin-tls-verification-disabled
        conn.setHostnameVerifier { host, session ->
            Log.d("bureau", "checking $host")
            HttpsURLConnection.getDefaultHostnameVerifier().verify("scoring.example.kz", session)
        }
        // ok: kotlin-tls-verification-disabled
        builder?.hostnameVerifier { host, _ ->
            Log.d("bureau", "checking $host")
            host == "scoring.example.kz"
        }
    }

    fun guardedClient(builder: OkHttpClient.Builder) {
        // ok: kotlin-tls-verification-disabled
        builder.hostnameVerifier { host, _ ->
            if (host != "scoring.example.kz") return@hostnameVerifier false
            true
        }
    }
}
