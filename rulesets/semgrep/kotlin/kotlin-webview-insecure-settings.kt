package kz.mfo.app

import android.webkit.WebView

class WebSetup {
    fun setup(webView: WebView) {
        webView.settings.javaScriptEnabled = true
        // ruleid: kotlin-webview-insecure-settings
        webView.settings.allowUniversalAccessFromFileURLs = true
        // ruleid: kotlin-webview-insecure-settings
        webView.settings.allowFileAccess = true
        // ok: kotlin-webview-insecure-settings
        webView.settings.allowFileAccess = false
        // ruleid: kotlin-webview-insecure-settings
        webView.addJavascriptInterface(Bridge(), "Android")
        // ruleid: kotlin-webview-insecure-settings
        WebView.setWebContentsDebuggingEnabled(true)
        if (BuildConfig.DEBUG) {
            // ok: kotlin-webview-insecure-settings
            WebView.setWebContentsDebuggingEnabled(true)
        }
    }
}
