package kz.mfo.otp

import java.security.SecureRandom
import kotlin.random.Random

class OtpService(private val secureRandom: SecureRandom) {
    fun send(phone: String): String {
        // ruleid: kotlin-insecure-random
        val otpCode = Random.nextInt(100000, 999999)
        // ok: kotlin-insecure-random
        val otp = 100000 + secureRandom.nextInt(900000)
        return "$otpCode$otp"
    }

    fun generateResetToken(): String {
        // ruleid: kotlin-insecure-random
        return (1..32).map { "abcdef0123456789"[Random.nextInt(16)] }.joinToString("")
    }

    fun jitter(ms: Long): Long {
        // ok: kotlin-insecure-random
        return ms + Random.nextLong(100)
    }

    fun drawNamedNumbers() {
        // `pin` counts only as a word of its own: pin, userPin, PIN_CODE, pinCode, not pinned or spinner
        // ruleid: kotlin-insecure-random
        val pin = Random.nextInt(10000)
        // ruleid: kotlin-insecure-random
        val userPin = Random.nextInt(10000)
        // ruleid: kotlin-insecure-random
        val PIN_CODE = Random.nextInt(10000)
        // ruleid: kotlin-insecure-random
        val pinCode = Random.nextInt(10000)
        // ok: kotlin-insecure-random
        val pinned = Random.nextInt(10000)
        // ok: kotlin-insecure-random
        val spinner = Random.nextInt(10000)
        // ok: kotlin-insecure-random
        val shipping = Random.nextInt(10000)
        // ok: kotlin-insecure-random
        val mapping = Random.nextInt(10000)
        // ok: kotlin-insecure-random
        val pinyin = Random.nextInt(10000)
        // ok: kotlin-insecure-random
        val opinion = Random.nextInt(10000)
        // ok: kotlin-insecure-random
        val PING_INTERVAL = Random.nextInt(10000)
    }
}
