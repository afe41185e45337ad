package kz.mfo.crypto;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.crypto.KeyGenerator;

public class CardCrypto {
    public void init(java.security.Key key, byte[] rawKey) throws Exception {
        // ruleid: java-weak-cipher
        Cipher a = Cipher.getInstance("DESede/CBC/PKCS5Padding");
        // ruleid: java-weak-cipher
        Cipher b = Cipher.getInstance("AES");
        // ruleid: java-weak-cipher
        Cipher c = Cipher.getInstance("AES/ECB/PKCS5Padding");
        // ruleid: java-weak-cipher
        IvParameterSpec iv = new IvParameterSpec("1234567890abcdef".getBytes(StandardCharsets.UTF_8));
        // ok: java-weak-cipher
        Cipher d = Cipher.getInstance("AES/GCM/NoPadding");
        byte[] nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        // ok: java-weak-cipher
        d.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
        // ok: java-weak-cipher
        SecretKeySpec aesKey = new SecretKeySpec(rawKey, "AES");
        // ok: java-weak-cipher
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        // ruleid: java-weak-cipher
        SecretKeySpec desKey = new SecretKeySpec(rawKey, "DES");
    }

    // the classes written with their package instead of imported
    public byte[] legacyTerminal(byte[] block, byte[] rawKey) throws Exception {
        // ruleid: java-weak-cipher
        javax.crypto.KeyGenerator gen = javax.crypto.KeyGenerator.getInstance("DESede");
        // ruleid: java-weak-cipher
        javax.crypto.Cipher ecb = javax.crypto.Cipher.getInstance("Blowfish/ECB/NoPadding");
        // ruleid: java-weak-cipher
        javax.crypto.spec.SecretKeySpec k = new javax.crypto.spec.SecretKeySpec(rawKey, "RC4");
        // ruleid: java-weak-cipher
        javax.crypto.SecretKeyFactory f = javax.crypto.SecretKeyFactory.getInstance("DES");
        // ok: java-weak-cipher
        javax.crypto.Cipher gcm = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
        // ok: java-weak-cipher
        javax.crypto.KeyGenerator aes = javax.crypto.KeyGenerator.getInstance("AES");
        // ok: java-weak-cipher
        javax.crypto.spec.SecretKeySpec aesKey = new javax.crypto.spec.SecretKeySpec(rawKey, "AES");
        return gcm.doFinal(block);
    }

    // RSA has no block-chaining mode: "ECB" in an RSA transformation is only the JCA's name for one
    // RSA block, and the padding decides the strength
    public byte[] unwrap(java.security.PrivateKey privateKey, byte[] wrapped, byte[] data) throws Exception {
        // ok: java-weak-cipher
        Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
        rsa.init(Cipher.DECRYPT_MODE, privateKey);
        // ok: java-weak-cipher
        Cipher oaep = Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding", "AndroidOpenSSL");
        SecretKeySpec key = new SecretKeySpec(rsa.doFinal(wrapped), "AES");
        // ruleid: java-weak-cipher
        Cipher aes = Cipher.getInstance("AES/ECB/PKCS5Padding");
        aes.init(Cipher.DECRYPT_MODE, key);
        return aes.doFinal(data);
    }
}
