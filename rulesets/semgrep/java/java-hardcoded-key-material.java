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

class PasswordCipher {
    private static final SecureRandom RANDOM = new SecureRandom();

    static byte[] encrypt(String password, byte[] data) throws Exception {
        // ok: java-hardcoded-key-material
        byte[] salt = new byte[16];
        // ok: java-hardcoded-key-material
        byte[] ivBytes = new byte[16];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(ivBytes);
        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        cipher.init(Cipher.ENCRYPT_MODE, derive(password, salt), new IvParameterSpec(ivBytes));
        return cipher.doFinal(data);
    }

    static byte[] decrypt(String password, byte[] message) throws Exception {
        // ok: java-hardcoded-key-material
        byte[] ivBytes = new byte[16];
        // ok: java-hardcoded-key-material
        byte[] salt = new byte[16];
        System.arraycopy(message, 0, ivBytes, 0, 16);
        System.arraycopy(message, 16, salt, 0, 16);
        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        cipher.init(Cipher.DECRYPT_MODE, derive(password, salt), new IvParameterSpec(ivBytes));
        return cipher.doFinal(message, 32, message.length - 32);
    }

    static byte[] decryptStream(SecretKeySpec key, DataInputStream in, ByteBuffer header) throws Exception {
        // ok: java-hardcoded-key-material
        byte[] iv = new byte[12];
        in.readFully(iv);
        // ok: java-hardcoded-key-material
        byte[] nonceIv = new byte[12];
        header.get(nonceIv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, iv));
        return cipher.doFinal(in.readAllBytes());
    }

    static byte[] zeroIv(SecretKeySpec key, byte[] data) throws Exception {
        // An all-zero IV that nothing fills: every message starts alike.
        // ruleid: java-hardcoded-key-material
        byte[] iv = new byte[16];
        byte[] other = new byte[16];
        RANDOM.nextBytes(other);
        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv));
        return cipher.doFinal(data);
    }

    // a key cut out of a key agreement's shared secret byte by byte holds no constant
    static byte[] desKeyFrom(byte[] sharedSecret) {
        // ok: java-hardcoded-key-material
        byte[] key = new byte[8];
        if (sharedSecret.length == 32) {
            for (int i = 0; i < 8; i++) {
                key[i] = sharedSecret[i + 12];
            }
        }
        return key;
    }

    // folded in from the blocks of a password (a string-to-key function)
    static byte[] fanFold(byte[] padded) {
        // ok: java-hardcoded-key-material
        byte secretKey[] = new byte[8];
        for (int i = 0; i < padded.length / 8; i++) {
            byte[] block = new byte[8];
            System.arraycopy(padded, i * 8, block, 0, 8);
            for (int j = 0; j < 8; j++) {
                secretKey[j] ^= block[j];
            }
        }
        return secretKey;
    }

    // writing one constant byte into a zero IV still leaves a constant IV
    static IvParameterSpec counterIv() {
        // ruleid: java-hardcoded-key-material
        byte[] iv = new byte[16];
        iv[15] = 1;
        return new IvParameterSpec(iv);
    }

    private static SecretKeySpec derive(String password, byte[] salt) {
        return new SecretKeySpec(salt, "AES");
    }
}
