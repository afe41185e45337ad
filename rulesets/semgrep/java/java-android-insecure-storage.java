package kz.mfo.app;

import android.content.Context;
import android.content.SharedPreferences;
import android.os.Bundle;

public class SessionPrefs {
    private static final String KEY_TOKEN = "auth_token";
    private static final String KEY_USER = "user";
    private final SharedPreferences prefs;

    public SessionPrefs(Context context) {
        this.prefs = context.getSharedPreferences("session", Context.MODE_PRIVATE);
    }

    public void save(String token, String phone, String password, String pushToken) {
        // ruleid: java-android-insecure-storage
        prefs.edit().putString(KEY_TOKEN, token).apply();
        SharedPreferences.Editor editor = prefs.edit();
        // ruleid: java-android-insecure-storage
        editor.putString(KEY_USER, password);
        // ruleid: java-android-insecure-storage
        editor.putString("pin_code", phone);
        // ok: java-android-insecure-storage
        editor.putString("phone", phone);
        // ok: java-android-insecure-storage
        editor.putString("push_token", pushToken);
        // ok: java-android-insecure-storage
        editor.putString("token_expires_at", "2030-01-01");
        // ok: java-android-insecure-storage
        editor.putString(KEY_TOKEN, null);
        // ok: java-android-insecure-storage
        editor.putString("refresh_token", Crypto.encrypt(token));
        editor.apply();
    }

    public Bundle toArgs(String otp) {
        Bundle args = new Bundle();
        // ok: java-android-insecure-storage
        args.putString("otp", otp);
        return args;
    }

    public void legacy(Context context) {
        // ruleid: java-android-insecure-storage
        SharedPreferences shared = context.getSharedPreferences("legacy", Context.MODE_WORLD_READABLE);
    }

    // preferences created encrypted in the method itself (no import of the class in this file:
    // it is referred to by its full name)
    public void saveWrapped(Context context, String token, androidx.security.crypto.MasterKey key) throws Exception {
        SharedPreferences plain = context.getSharedPreferences("session", Context.MODE_PRIVATE);
        // ruleid: java-android-insecure-storage
        plain.edit().putString("token", token).apply();
        SharedPreferences vault = androidx.security.crypto.EncryptedSharedPreferences.create(
                context, "vault", key,
                androidx.security.crypto.EncryptedSharedPreferences.PrefKeyEncryptionScheme.AES256_SIV,
                androidx.security.crypto.EncryptedSharedPreferences.PrefValueEncryptionScheme.AES256_GCM);
        SharedPreferences.Editor editor = vault.edit();
        // ok: java-android-insecure-storage
        editor.putString("token", token);
        editor.apply();
        // ok: java-android-insecure-storage
        vault.edit().putString("refresh_token", token).apply();
    }
}
