package kz.mfo.app

import android.app.Activity
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
