package kz.mfo.auth

import android.util.Log
import org.slf4j.LoggerFactory

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

    fun onLoginClick(p: String, pw: String, code: String) {
        // ruleid: kotlin-sensitive-data-logged
        Log.d(TAG, "login phone=$p password=$pw")
        // ruleid: kotlin-sensitive-data-logged
        Log.d(TAG, "login with $p / $pw, pin: ${pw.take(4)}")
        // ruleid: kotlin-sensitive-data-logged
        Log.d(TAG, "OTP $code entered for $p")
        // ok: kotlin-sensitive-data-logged
        Log.d(TAG, "OTP requested for $p")
        // ok: kotlin-sensitive-data-logged
        Log.e(TAG, "login failed with code $code")
        // ok: kotlin-sensitive-data-logged
        Log.i(TAG, "password changed for $p")
        // ok: kotlin-sensitive-data-logged
        Log.d(TAG, "token: ${maskToken(pw)}")
    }

    companion object {
        private const val TAG = "Login"
    }
}

class OtpService {
    private val log = LoggerFactory.getLogger(OtpService::class.java)

    fun send(phone: String, code: String, statusCode: Int) {
        // ruleid: kotlin-sensitive-data-logged
        log.info("OTP {} sent to {}", code, phone)
        // ok: kotlin-sensitive-data-logged
        log.info("OTP sent to {}, gateway status {}", phone, statusCode)
    }
}
