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
    // ruleid: kotlin-tls-verification-disabled
    val trustAll = object : X509TrustManager {
        override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) {}
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
