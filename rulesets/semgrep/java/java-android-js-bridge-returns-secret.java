package com.example.lending.web;

import android.content.Context;
import android.content.SharedPreferences;
import android.webkit.CookieManager;
import android.webkit.JavascriptInterface;

public class LendingBridge {
    private final Context ctx;
    private final SessionStore store;

    LendingBridge(Context ctx, SessionStore store) {
        this.ctx = ctx;
        this.store = store;
    }

    @JavascriptInterface
    public String getToken() {
        // ruleid: java-android-js-bridge-returns-secret
        return store.jwt();
    }

    @JavascriptInterface
    @Override
    public String readSession() {
        SharedPreferences prefs = ctx.getSharedPreferences("auth", Context.MODE_PRIVATE);
        // ruleid: java-android-js-bridge-returns-secret
        return prefs.getString("session_token", "");
    }

    @JavascriptInterface
    public String cookies(String url) {
        // ruleid: java-android-js-bridge-returns-secret
        return CookieManager.getInstance().getCookie(url);
    }

    @JavascriptInterface
    public String userAgentInfo() {
        // ok: java-android-js-bridge-returns-secret
        return android.os.Build.MODEL;
    }

    @JavascriptInterface
    public boolean hasToken() {
        // ok: java-android-js-bridge-returns-secret
        return store.jwt() != null;
    }

    @JavascriptInterface
    public String loanStatus(String loanId) {
        // ok: java-android-js-bridge-returns-secret
        return store.status(loanId);
    }

    public String nativeToken() {
        // ok: java-android-js-bridge-returns-secret
        return store.jwt();
    }

    @JavascriptInterface
    public String dispatch(int bridgeSecret, String action, String args) {
        // ok: java-android-js-bridge-returns-secret
        return router.handle(bridgeSecret, action, args);
    }
}
