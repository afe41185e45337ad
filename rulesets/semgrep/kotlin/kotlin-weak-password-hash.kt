package kz.mfo.auth

import java.security.MessageDigest
import javax.crypto.Mac
import org.mindrot.jbcrypt.BCrypt
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder
import org.springframework.security.crypto.password.PasswordEncoder

class PinService {
    fun hashPin(pin: String): ByteArray {
        // ruleid: kotlin-weak-password-hash
        return MessageDigest.getInstance("SHA-256").digest(pin.toByteArray())
    }

    fun hashPassword(password: String): String {
        val md = MessageDigest.getInstance("MD5")
        // ruleid: kotlin-weak-password-hash
        md.update(password.toByteArray())
        // ok: kotlin-weak-password-hash
        return BCryptPasswordEncoder(12).encode(password)
    }

    fun sign(body: ByteArray): ByteArray {
        // HMAC-MD5 is not a password hash
        // ok: kotlin-weak-password-hash
        val mac = Mac.getInstance("HmacMD5")
        return mac.doFinal(body)
    }

    fun etag(content: ByteArray): ByteArray {
        // ok: kotlin-weak-password-hash
        return MessageDigest.getInstance("MD5").digest(content)
    }

    // bcrypt's work factor is log2 of its rounds: below 10 the hash is cheap to brute-force
    fun lowCostEncoder(): PasswordEncoder {
        // ruleid: kotlin-weak-password-hash
        return BCryptPasswordEncoder(4)
    }

    fun lowCostSalt(password: String): String {
        // ruleid: kotlin-weak-password-hash
        return BCrypt.hashpw(password, BCrypt.gensalt(8))
    }

    fun strongEncoder(): PasswordEncoder {
        // ok: kotlin-weak-password-hash
        return BCryptPasswordEncoder(10)
    }

    fun configuredEncoder(strength: Int): PasswordEncoder {
        // ok: kotlin-weak-password-hash
        return BCryptPasswordEncoder(strength)
    }

    // Spring Security's legacy encoders: one fast digest round, or none
    fun legacyDigestEncoder(): PasswordEncoder {
        // ruleid: kotlin-weak-password-hash
        return StandardPasswordEncoder("pepper")
    }

    fun legacyMessageDigest(): PasswordEncoder {
        // ruleid: kotlin-weak-password-hash
        val encoder = MessageDigestPasswordEncoder("SHA-256")
        return encoder
    }

    fun plainEncoder(): PasswordEncoder {
        // ruleid: kotlin-weak-password-hash
        return NoOpPasswordEncoder.getInstance()
    }

    fun ldapEncoder(): PasswordEncoder {
        // ruleid: kotlin-weak-password-hash
        return LdapShaPasswordEncoder()
    }

    fun delegatingEncoder(): PasswordEncoder {
        // ok: kotlin-weak-password-hash
        return PasswordEncoderFactories.createDelegatingPasswordEncoder()
    }

    fun argonEncoder(): PasswordEncoder {
        // ok: kotlin-weak-password-hash
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()
    }
}
