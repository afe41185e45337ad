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

    // RSA has no block-chaining mode: "ECB" in an RSA transformation is only the JCA's name for
    // one RSA block, and the padding decides the strength
    fun unwrapKey(privateKey: java.security.PrivateKey, wrapped: ByteArray, data: ByteArray): ByteArray {
        // ok: kotlin-weak-cipher
        val rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding")
        rsa.init(Cipher.DECRYPT_MODE, privateKey)
        // ok: kotlin-weak-cipher
        val oaep = Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding")
        val key = SecretKeySpec(rsa.doFinal(wrapped), "AES")
        // ruleid: kotlin-weak-cipher
        val aes = Cipher.getInstance("AES/ECB/PKCS5Padding")
        aes.init(Cipher.DECRYPT_MODE, key)
        return aes.doFinal(data)
    }

    // a buffer allocated, then filled from the message, a stream or a random source is no constant IV
    fun readIv(key: java.security.Key, bytes: ByteArray, input: java.io.InputStream): ByteArray {
        val iv = ByteArray(16)
        System.arraycopy(bytes, 0, iv, 0, 16)
        // ok: kotlin-weak-cipher
        val cbc = IvParameterSpec(iv)
        val nonce = ByteArray(12)
        val count = input.read(nonce, 0, 12)
        // ok: kotlin-weak-cipher
        val gcm = GCMParameterSpec(128, nonce)
        val fresh = ByteArray(16)
        SecureRandom().nextBytes(fresh)
        // ok: kotlin-weak-cipher
        val random = IvParameterSpec(fresh)
        val head = ByteArray(12)
        java.nio.ByteBuffer.wrap(bytes).get(head)
        // ok: kotlin-weak-cipher
        val fromBuffer = GCMParameterSpec(128, head)
        val zero = ByteArray(16)
        // ruleid: kotlin-weak-cipher
        val constant = IvParameterSpec(zero)
        val c = Cipher.getInstance("AES/CBC/PKCS5Padding")
        c.init(Cipher.DECRYPT_MODE, key, cbc)
        return c.doFinal(bytes)
    }
}
