package com.example.lending.web

import android.content.Context
import android.webkit.CookieManager
import android.webkit.JavascriptInterface

class LendingBridge(private val ctx: Context, private val store: SessionStore) {
    @JavascriptInterface
    fun getToken(): String {
        // ruleid: kotlin-android-js-bridge-returns-secret
        return store.jwt()
    }

    @JavascriptInterface
    fun readSession(): String? {
        val prefs = ctx.getSharedPreferences("auth", Context.MODE_PRIVATE)
        // ruleid: kotlin-android-js-bridge-returns-secret
        return prefs.getString("session_token", "")
    }

    @JavascriptInterface
    fun cookies(url: String): String? {
        // ruleid: kotlin-android-js-bridge-returns-secret
        return CookieManager.getInstance().getCookie(url)
    }

    @JavascriptInterface
    fun userAgentInfo(): String {
        // ok: kotlin-android-js-bridge-returns-secret
        return android.os.Build.MODEL
    }

    @JavascriptInterface
    fun hasToken(): Boolean {
        // ok: kotlin-android-js-bridge-returns-secret
        return store.jwt() != null
    }

    @JavascriptInterface
    fun loanStatus(loanId: String): String {
        // ok: kotlin-android-js-bridge-returns-secret
        return store.status(loanId)
    }

    fun nativeToken(): String {
        // ok: kotlin-android-js-bridge-returns-secret
        return store.jwt()
    }

    @JavascriptInterface
    fun dispatch(bridgeSecret: Int, action: String, args: String): String {
        // ok: kotlin-android-js-bridge-returns-secret
        return router.handle(bridgeSecret, action, args)
    }
}
