package kz.mfo.crypto;

import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import javax.crypto.KeyGenerator;

public class Keys {
    public void gen() throws Exception {
        // ruleid: java-short-rsa-key
        KeyPairGenerator weak = KeyPairGenerator.getInstance("RSA");
        weak.initialize(1024);
        // ok: java-short-rsa-key
        KeyPairGenerator strong = KeyPairGenerator.getInstance("RSA");
        strong.initialize(3072);
        // ruleid: java-short-rsa-key
        KeyPairGenerator dsa = KeyPairGenerator.getInstance("DSA");
        dsa.initialize(1024);
    }

    // elliptic-curve keys are short by design: 256 bits is strong, under 224 is not
    public void curves() throws Exception {
        // ok: java-short-rsa-key
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(256);
        // ruleid: java-short-rsa-key
        KeyPairGenerator small = KeyPairGenerator.getInstance("EC");
        small.initialize(160);
        // ruleid: java-short-rsa-key
        ECGenParameterSpec legacy = new ECGenParameterSpec("secp112r1");
        // ruleid: java-short-rsa-key
        ECGenParameterSpec p192 = new ECGenParameterSpec("prime192v1");
        // ok: java-short-rsa-key
        ECGenParameterSpec p256 = new ECGenParameterSpec("secp256r1");
        // ok: java-short-rsa-key
        ECGenParameterSpec p384 = new ECGenParameterSpec("secp384r1");
    }

    // symmetric keys under 128 bits
    public void secretKeys() throws Exception {
        // ruleid: java-short-rsa-key
        KeyGenerator des = KeyGenerator.getInstance("AES");
        des.init(64);
        // ok: java-short-rsa-key
        KeyGenerator aes = KeyGenerator.getInstance("AES");
        aes.init(256);
        // ok: java-short-rsa-key
        KeyGenerator hmac = KeyGenerator.getInstance("HmacSHA256");
        hmac.init(256);
    }
}
