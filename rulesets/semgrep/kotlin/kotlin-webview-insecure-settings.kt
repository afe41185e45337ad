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
        // ok: kotlin-webview-insecure-settings
        webView.addJavascriptInterface(Bridge(), "Android")
        // ruleid: kotlin-webview-insecure-settings
        WebView.setWebContentsDebuggingEnabled(true)
        if (BuildConfig.DEBUG) {
            // ok: kotlin-webview-insecure-settings
            WebView.setWebContentsDebuggingEnabled(true)
        }
    }

    // settings written inside a scope function on the WebSettings object
    fun setupInScope(webView: WebView) {
        webView.settings.apply {
            javaScriptEnabled = true
            // ruleid: kotlin-webview-insecure-settings
            allowFileAccessFromFileURLs = true
            // ok: kotlin-webview-insecure-settings
            allowContentAccess = false
        }
        // ok: kotlin-webview-insecure-settings
        webView.addJavascriptInterface(Bridge(), "Android")
    }

    fun setupWith(webView: WebView) {
        with(webView.settings) {
            // ruleid: kotlin-webview-insecure-settings
            allowUniversalAccessFromFileURLs = true
            // ok: kotlin-webview-insecure-settings
            domStorageEnabled = true
        }
    }

    fun setupGetter(webView: WebView) {
        webView.getSettings().run {
            // ruleid: kotlin-webview-insecure-settings
            allowFileAccess = true
        }
    }

    // the settings block written inside a WebView's own scope function
    fun setupNested(context: Context): WebView = WebView(context).apply {
        settings.apply {
            javaScriptEnabled = true
            // ruleid: kotlin-webview-insecure-settings
            allowFileAccess = true
        }
    }

    // a property of the same name on an object that is not a WebView's settings
    fun unrelated(policy: UploadPolicy) {
        policy.apply {
            // ok: kotlin-webview-insecure-settings
            allowFileAccess = true
        }
    }

    // a bridge on a WebView whose JavaScript stays off
    fun bridgeWithoutJavaScript(webView: WebView) {
        // ok: kotlin-webview-insecure-settings
        webView.addJavascriptInterface(Bridge(), "Android")
    }
}

// a nullable receiver: a safe call (`?.`), or a not-null assertion (`!!`) in the receiver

class NullableWebViewScreen(private val webView: WebView?) {
    fun setUp() {
        // ruleid: kotlin-webview-insecure-settings
        webView?.settings?.allowUniversalAccessFromFileURLs = true
        // ruleid: kotlin-webview-insecure-settings
        webView?.settings?.setAllowFileAccessFromFileURLs(true)
        webView?.settings?.apply {
            // ruleid: kotlin-webview-insecure-settings
            allowFileAccess = true
        }
        // ok: kotlin-webview-insecure-settings
        webView?.settings?.allowFileAccess = false
        // ok: kotlin-webview-insecure-settings
        webView?.settings?.setSupportZoom(true)
    }
}

class NullableBridgeScreen(private val webView: WebView?, private val plain: WebView?) {
    fun setUp() {
        webView?.settings?.javaScriptEnabled = true
        // ok: kotlin-webview-insecure-settings
        webView?.addJavascriptInterface(Bridge(), "Android")
        // ok: kotlin-webview-insecure-settings
        plain?.addJavascriptInterface(Bridge(), "Android")
    }

    fun inScope() {
        webView?.settings?.apply {
            javaScriptEnabled = true
        }
        // ok: kotlin-webview-insecure-settings
        webView?.addJavascriptInterface(Bridge(), "Android")
    }
}

// a debug-build guard is any generated `BuildConfig.DEBUG`, whatever its class is called
class StatementWebViewSetup {
    fun enableInspection(release: Boolean) {
        if (ReactBuildConfig.DEBUG) {
            // ok: kotlin-webview-insecure-settings
            WebView.setWebContentsDebuggingEnabled(true)
        }
        if (kz.mfo.cabinet.BuildConfig.DEBUG && Build.VERSION.SDK_INT >= 19) {
            // ok: kotlin-webview-insecure-settings
            WebView.setWebContentsDebuggingEnabled(true)
        }
        if (LendingBuildConfig.DEBUG) {
            log("inspection on")
        } else {
            // ruleid: kotlin-webview-insecure-settings
            WebView.setWebContentsDebuggingEnabled(true)
        }
        if (!ReactBuildConfig.DEBUG) {
            // ruleid: kotlin-webview-insecure-settings
            WebView.setWebContentsDebuggingEnabled(true)
        }
        if (!release || BuildConfig.DEBUG) {
            // ruleid: kotlin-webview-insecure-settings
            WebView.setWebContentsDebuggingEnabled(true)
        }
        if (FeatureFlags.DEBUG) {
            // ruleid: kotlin-webview-insecure-settings
            WebView.setWebContentsDebuggingEnabled(true)
        }
    }

    fun log(message: String) {}
}
