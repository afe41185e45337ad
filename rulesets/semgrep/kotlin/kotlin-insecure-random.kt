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
}
