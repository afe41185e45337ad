package kz.mfo.app

import android.app.Activity
import android.net.Uri
import android.os.Bundle
import android.webkit.WebView

class OfferActivity : Activity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        val webView = WebView(this)
        val target = intent.getStringExtra("url")
        // ruleid: kotlin-webview-untrusted-url
        webView.loadUrl(target!!)
        // ok: kotlin-webview-untrusted-url
        webView.loadUrl("https://lk.example.kz/offer")
        setContentView(webView)
    }
}

class ContractActivity : Activity() {
    private val web by lazy { WebView(this) }

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        val uri = Uri.parse(intent.getStringExtra("url") ?: DEFAULT_URL)
        // ok: kotlin-webview-untrusted-url
        web.loadUrl(if (isOwnPage(uri)) uri.toString() else DEFAULT_URL)
        // ok: kotlin-webview-untrusted-url
        web.loadUrl(if (!isOwnPage(uri)) DEFAULT_URL else uri.toString())
        // ruleid: kotlin-webview-untrusted-url
        web.loadUrl(if (isOwnPage(uri)) DEFAULT_URL else uri.toString())
        // a null check is not a validation
        // ruleid: kotlin-webview-untrusted-url
        web.loadUrl(if (uri.host != null) uri.toString() else DEFAULT_URL)
        // a prefix without the trailing slash also accepts https://lk.example.kz.evil.com
        // ruleid: kotlin-webview-untrusted-url
        web.loadUrl(if (uri.toString().startsWith("https://lk.example.kz")) uri.toString() else DEFAULT_URL)
        // ok: kotlin-webview-untrusted-url
        web.loadUrl(if (uri.toString().startsWith("https://lk.example.kz/")) uri.toString() else DEFAULT_URL)
    }

    fun openFromPush(data: Bundle) {
        val link = intent.getStringExtra("link")!!
        if (Uri.parse(link).host in ALLOWED_HOSTS) {
            // ok: kotlin-webview-untrusted-url
            web.loadUrl(link)
        } else {
            // ruleid: kotlin-webview-untrusted-url
            web.loadUrl(link)
        }
    }

    fun openDeepLink() {
        val link = intent.dataString!!
        val parsed = Uri.parse(link)
        if (parsed.scheme != "https" || parsed.host !in ALLOWED_HOSTS) {
            finish()
            return
        }
        // ok: kotlin-webview-untrusted-url
        web.loadUrl(link)
    }

    fun openChecked() {
        val link = intent.getStringExtra("link")!!
        require(isTrustedUrl(link))
        // ok: kotlin-webview-untrusted-url
        web.loadUrl(link)
    }

    fun openWrongPolarity() {
        val link = intent.getStringExtra("link")!!
        if (isTrustedUrl(link)) return
        // ruleid: kotlin-webview-untrusted-url
        web.loadUrl(link)
    }

    private fun isOwnPage(uri: Uri): Boolean = uri.scheme == "https" && uri.host == "lk.example.kz"

    private fun isTrustedUrl(url: String): Boolean = Uri.parse(url).let { it.scheme == "https" && it.host in ALLOWED_HOSTS }

    companion object {
        private const val DEFAULT_URL = "https://lk.example.kz/offer"
        private val ALLOWED_HOSTS = setOf("lk.example.kz")
    }
}

class PagesActivity : Activity() {
    // a scope function or an element-wise function hands the extra (or each of its elements)
    // to the lambda's `it`, named parameter or `this`
    fun show(web: WebView) {
        intent.getStringExtra("url")?.let {
            // ruleid: kotlin-webview-untrusted-url
            web.loadUrl(it)
        }
        intent.getStringArrayExtra("pages")?.forEach { page ->
            // ruleid: kotlin-webview-untrusted-url
            web.loadUrl(page)
        }
        listOf(DEFAULT_URL).forEach {
            // ok: kotlin-webview-untrusted-url
            web.loadUrl(it)
        }
        DEFAULT_URL.let {
            // ok: kotlin-webview-untrusted-url
            web.loadUrl(it)
        }
    }
}

// a nullable servlet request: read with a safe call (`?.`) or a not-null assertion (`!!`)
class NullableRequestHandler {
    fun handle(request: HttpServletRequest?, response: HttpServletResponse, webView: WebView) {
        val a = request?.getParameter("a")
        // ruleid: kotlin-webview-untrusted-url
        webView.loadUrl(a)
        val b = request!!.getParameter("b")
        // ruleid: kotlin-webview-untrusted-url
        webView.loadUrl(b)
    }
}

// a sink on a nullable receiver: a safe call (`?.`), or a not-null assertion (`!!`) in the receiver

class NullableReceiverWebView {
    fun handle(request: HttpServletRequest, webView: WebView?) {
        val a = request.getParameter("a")
        // ruleid: kotlin-webview-untrusted-url
        webView?.loadUrl(a)
        // ruleid: kotlin-webview-untrusted-url
        webView?.evaluateJavascript(a, null)
        // ok: kotlin-webview-untrusted-url
        webView?.findAllAsync(a)
    }
}
