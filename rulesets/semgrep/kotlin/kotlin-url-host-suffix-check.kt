import android.net.Uri
import android.webkit.WebView

class LinkHandler(private val webview: WebView) {
    fun open(uri: Uri) {
        val url = uri.getQueryParameter("url") ?: return
        // ruleid: kotlin-url-host-suffix-check
        if (url.endsWith("example.com")) {
            webview.loadUrl(url)
        }
    }

    fun openHost(link: Uri) {
        // ruleid: kotlin-url-host-suffix-check
        if (link.host!!.endsWith("bank.kz")) {
            webview.loadUrl(link.toString())
        }
    }

    fun inline(uri: Uri) {
        // ruleid: kotlin-url-host-suffix-check
        if (uri.getQueryParameter("u")!!.endsWith("insecure-shop.com")) {
            webview.loadUrl(uri.getQueryParameter("u")!!)
        }
    }

    fun dotted(link: Uri) {
        val host = link.host ?: return
        // ok: kotlin-url-host-suffix-check
        if (host == "bank.kz" || host.endsWith(".bank.kz")) {
            webview.loadUrl(link.toString())
        }
    }

    fun fileName(path: String): Boolean {
        // ok: kotlin-url-host-suffix-check
        return path.endsWith(".html")
    }

    fun page(pageUrl: String): Boolean {
        // ok: kotlin-url-host-suffix-check
        return pageUrl.endsWith("index.html")
    }

    fun email(address: String): Boolean {
        // ok: kotlin-url-host-suffix-check
        return address.endsWith("@bank.kz")
    }
}
