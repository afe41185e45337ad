package kz.mfo.app

import android.content.Context

class TokenStore(private val context: Context) {
    fun save(accessToken: String, lang: String) {
        val prefs = context.getSharedPreferences("auth", Context.MODE_PRIVATE)
        // ruleid: kotlin-android-insecure-storage
        prefs.edit().putString("access_token", accessToken).apply()
        // ok: kotlin-android-insecure-storage
        prefs.edit().putString("language", lang).apply()
    }
}
