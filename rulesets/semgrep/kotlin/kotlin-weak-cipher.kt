package kz.mfo.crypto

import java.security.KeyPairGenerator
import java.security.SecureRandom
import javax.crypto.Cipher
import javax.crypto.spec.GCMParameterSpec
import javax.crypto.spec.IvParameterSpec
import javax.crypto.spec.SecretKeySpec

class CardCrypto {
    fun init(key: java.security.Key, rawKey: ByteArray) {
        // ruleid: kotlin-weak-cipher
        val a = Cipher.getInstance("DESede/CBC/PKCS5Padding")
        // ruleid: kotlin-weak-cipher
        val b = Cipher.getInstance("AES")
        // ruleid: kotlin-weak-cipher
        val iv = IvParameterSpec("1234567890abcdef".toByteArray())
        // ok: kotlin-weak-cipher
        val c = Cipher.getInstance("AES/GCM/NoPadding")
        val nonce = ByteArray(12).also { SecureRandom().nextBytes(it) }
        // ok: kotlin-weak-cipher
        c.init(Cipher.ENCRYPT_MODE, key, GCMParameterSpec(128, nonce))
        // ok: kotlin-weak-cipher
        val aesKey = SecretKeySpec(rawKey, "AES")
        val g = KeyPairGenerator.getInstance("RSA")
        // ruleid: kotlin-weak-cipher
        g.initialize(1024)
    }
}
