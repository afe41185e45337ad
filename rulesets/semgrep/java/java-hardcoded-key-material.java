package demo.lending;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

public class TokenCipher {
    // ruleid: java-hardcoded-key-material
    private String key = "Lending app key 2024 do not share";
    // ruleid: java-hardcoded-key-material
    private static final byte[] ivBytes = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    // ruleid: java-hardcoded-key-material
    private final byte[] iv = new byte[16];
    // ok: java-hardcoded-key-material
    private static final String KEY_ALIAS = "token_cipher_key";
    // ok: java-hardcoded-key-material
    private String key2 = "token_cipher_key";
    // ok: java-hardcoded-key-material
    private String transformation = "AES/GCM/NoPadding";

    byte[] encrypt(byte[] keyBytes, byte[] plain) throws Exception {
        Cipher cipher = Cipher.getInstance(transformation);
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(keyBytes, "AES"));
        return cipher.doFinal(plain);
    }
}
