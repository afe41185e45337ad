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
}
