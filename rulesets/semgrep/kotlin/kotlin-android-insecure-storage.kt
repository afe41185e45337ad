package kz.mfo.app

import android.content.Context
import android.content.SharedPreferences
import android.os.Bundle
import androidx.core.content.edit
import androidx.datastore.preferences.core.stringPreferencesKey

class TokenStore(private val context: Context) {
    private val prefs = context.getSharedPreferences("auth", Context.MODE_PRIVATE)

    var authToken: String?
        get() = prefs.getString("auth_token", null)
        // ruleid: kotlin-android-insecure-storage
        set(value) = prefs.edit().putString("auth_token", value).apply()

    var pinHash: String?
        get() = prefs.getString(KEY_PIN_HASH, null)
        // ruleid: kotlin-android-insecure-storage
        set(value) {
            prefs.edit { putString(KEY_PIN_HASH, value) }
        }

    var phone: String?
        get() = prefs.getString("phone", null)
        // ok: kotlin-android-insecure-storage
        set(value) = prefs.edit().putString("phone", value).apply()

    fun save(accessToken: String, lang: String) {
        // ruleid: kotlin-android-insecure-storage
        prefs.edit().putString("access_token", accessToken).apply()
        // ok: kotlin-android-insecure-storage
        prefs.edit().putString("language", lang).apply()
        // ok: kotlin-android-insecure-storage
        prefs.edit().putString("token_expires_at", "2030-01-01").apply()
    }

    fun saveClient(iin: String, password: String, fcmToken: String) {
        val editor: SharedPreferences.Editor = prefs.edit()
        // ruleid: kotlin-android-insecure-storage
        editor.putString("client_iin", iin)
        // ruleid: kotlin-android-insecure-storage
        editor.putString(KEY_USER, password)
        // a push-notification registration token is not a credential
        // ok: kotlin-android-insecure-storage
        editor.putString("fcm_token", fcmToken)
        // ok: kotlin-android-insecure-storage
        editor.putString("pinned_offer", "loan-12")
        // ok: kotlin-android-insecure-storage
        editor.putString(KEY_SESSION, null)
        editor.apply()
        prefs.edit {
            // ruleid: kotlin-android-insecure-storage
            putString("sessionId", fcmToken)
            // ok: kotlin-android-insecure-storage
            putString("onboarding", "done")
        }
    }

    fun saveEncrypted(token: String) {
        // ok: kotlin-android-insecure-storage
        prefs.edit().putString("refresh_token", CryptoBox.encrypt(token)).apply()
    }

    fun outState(outState: Bundle, otp: String) {
        // ok: kotlin-android-insecure-storage
        outState.putString("otp", otp)
    }

    companion object {
        private const val KEY_PIN_HASH = "pin_hash"
        private const val KEY_USER = "user"
        private const val KEY_SESSION = "session"
        // ruleid: kotlin-android-insecure-storage
        val REFRESH_TOKEN = stringPreferencesKey("refresh_token")
        // ok: kotlin-android-insecure-storage
        val THEME = stringPreferencesKey("theme")
    }
}

class LegacyStore(context: Context) {
    // ruleid: kotlin-android-insecure-storage
    private val shared = context.getSharedPreferences("legacy", Context.MODE_WORLD_READABLE)
}

// a nullable receiver: a safe call (`?.`), or a not-null assertion (`!!`) in the receiver

class NullableStore(private val prefs: SharedPreferences?) {
    fun save(token: String, theme: String) {
        // ruleid: kotlin-android-insecure-storage
        prefs?.edit()?.putString("auth_token", token)?.apply()
        // ruleid: kotlin-android-insecure-storage
        prefs!!.edit().putString("auth_token", token).apply()
        prefs?.edit {
            // ruleid: kotlin-android-insecure-storage
            putString("refresh_token", token)
        }
        // ok: kotlin-android-insecure-storage
        prefs?.edit()?.putString("theme", theme)?.apply()
        // ok: kotlin-android-insecure-storage
        prefs?.edit()?.putString("auth_token", null)?.apply()
    }

    fun keep(outState: Bundle?, token: String) {
        // ok: kotlin-android-insecure-storage
        outState!!.putString("auth_token", token)
        // ok: kotlin-android-insecure-storage
        outState?.putString("auth_token", token)
    }
}
