package kz.mfo.crypto;

import java.security.KeyPairGenerator;

public class Keys {
    public void gen() throws Exception {
        // ruleid: java-short-rsa-key
        KeyPairGenerator weak = KeyPairGenerator.getInstance("RSA");
        weak.initialize(1024);
        // ok: java-short-rsa-key
        KeyPairGenerator strong = KeyPairGenerator.getInstance("RSA");
        strong.initialize(3072);
    }
}
