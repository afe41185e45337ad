package kz.mfo.app

import android.webkit.WebView

class WebSetup {
    fun setup(webView: WebView) {
        webView.settings.javaScriptEnabled = true
        // ok: kotlin-webview-js-bridge
        webView.settings.allowUniversalAccessFromFileURLs = true
        // ok: kotlin-webview-js-bridge
        webView.settings.allowFileAccess = true
        // ok: kotlin-webview-js-bridge
        webView.settings.allowFileAccess = false
        // ruleid: kotlin-webview-js-bridge
        webView.addJavascriptInterface(Bridge(), "Android")
        // ok: kotlin-webview-js-bridge
        WebView.setWebContentsDebuggingEnabled(true)
        if (BuildConfig.DEBUG) {
            // ok: kotlin-webview-js-bridge
            WebView.setWebContentsDebuggingEnabled(true)
        }
    }

    // settings written inside a scope function on the WebSettings object
    fun setupInScope(webView: WebView) {
        webView.settings.apply {
            javaScriptEnabled = true
            // ok: kotlin-webview-js-bridge
            allowFileAccessFromFileURLs = true
            // ok: kotlin-webview-js-bridge
            allowContentAccess = false
        }
        // ruleid: kotlin-webview-js-bridge
        webView.addJavascriptInterface(Bridge(), "Android")
    }

    fun setupWith(webView: WebView) {
        with(webView.settings) {
            // ok: kotlin-webview-js-bridge
            allowUniversalAccessFromFileURLs = true
            // ok: kotlin-webview-js-bridge
            domStorageEnabled = true
        }
    }

    fun setupGetter(webView: WebView) {
        webView.getSettings().run {
            // ok: kotlin-webview-js-bridge
            allowFileAccess = true
        }
    }

    // the settings block written inside a WebView's own scope function
    fun setupNested(context: Context): WebView = WebView(context).apply {
        settings.apply {
            javaScriptEnabled = true
            // ok: kotlin-webview-js-bridge
            allowFileAccess = true
        }
    }

    // a property of the same name on an object that is not a WebView's settings
    fun unrelated(policy: UploadPolicy) {
        policy.apply {
            // ok: kotlin-webview-js-bridge
            allowFileAccess = true
        }
    }

    // a bridge on a WebView whose JavaScript stays off
    fun bridgeWithoutJavaScript(webView: WebView) {
        // ok: kotlin-webview-js-bridge
        webView.addJavascriptInterface(Bridge(), "Android")
    }
}

// a nullable receiver: a safe call (`?.`), or a not-null assertion (`!!`) in the receiver

class NullableWebViewScreen(private val webView: WebView?) {
    fun setUp() {
        // ok: kotlin-webview-js-bridge
        webView?.settings?.allowUniversalAccessFromFileURLs = true
        // ok: kotlin-webview-js-bridge
        webView?.settings?.setAllowFileAccessFromFileURLs(true)
        webView?.settings?.apply {
            // ok: kotlin-webview-js-bridge
            allowFileAccess = true
        }
        // ok: kotlin-webview-js-bridge
        webView?.settings?.allowFileAccess = false
        // ok: kotlin-webview-js-bridge
        webView?.settings?.setSupportZoom(true)
    }
}

class NullableBridgeScreen(private val webView: WebView?, private val plain: WebView?) {
    fun setUp() {
        webView?.settings?.javaScriptEnabled = true
        // ruleid: kotlin-webview-js-bridge
        webView?.addJavascriptInterface(Bridge(), "Android")
        // ok: kotlin-webview-js-bridge
        plain?.addJavascriptInterface(Bridge(), "Android")
    }

    fun inScope() {
        webView?.settings?.apply {
            javaScriptEnabled = true
        }
        // ruleid: kotlin-webview-js-bridge
        webView?.addJavascriptInterface(Bridge(), "Android")
    }
}
