package kz.mfo.auth

import android.util.Log

class LoginViewModel {
    fun login(username: String, password: String, otpCode: String) {
        // ruleid: kotlin-sensitive-data-logged
        Log.d("Login", "login $username with password $password")
        // ruleid: kotlin-sensitive-data-logged
        Log.i("Login", "otp: " + otpCode)
        // ok: kotlin-sensitive-data-logged
        Log.i("Login", "login attempt for $username")
        // ok: kotlin-sensitive-data-logged
        Log.w("Login", "password reset requested")
    }
}
