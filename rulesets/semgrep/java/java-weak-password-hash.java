package kz.mfo.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import javax.crypto.Mac;
import org.apache.commons.codec.digest.DigestUtils;
import org.mindrot.jbcrypt.BCrypt;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

public class PasswordService {
    public String hash(String password) throws Exception {
        // ruleid: java-weak-password-hash
        String a = DigestUtils.md5Hex(password);
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        // ruleid: java-weak-password-hash
        byte[] b = md.digest(password.getBytes(StandardCharsets.UTF_8));
        // ok: java-weak-password-hash
        String c = new BCryptPasswordEncoder(12).encode(password);
        return a + b + c;
    }

    public byte[] signCallback(byte[] body) throws Exception {
        // HMAC-SHA1 is a sound MAC
        // ok: java-weak-password-hash
        Mac mac = Mac.getInstance("HmacSHA1");
        return mac.doFinal(body);
    }

    public byte[] signCallbackOk(byte[] body) throws Exception {
        // ok: java-weak-password-hash
        Mac mac = Mac.getInstance("HmacSHA256");
        return mac.doFinal(body);
    }

    public String etag(byte[] content) {
        // ok: java-weak-password-hash
        return DigestUtils.md5Hex(content);
    }

    // bcrypt's work factor is log2 of its rounds: below 10 the hash is cheap to brute-force
    public PasswordEncoder lowCostEncoder() {
        // ruleid: java-weak-password-hash
        return new BCryptPasswordEncoder(4);
    }

    public PasswordEncoder lowCostEncoderWithVersion() {
        // ruleid: java-weak-password-hash
        return new BCryptPasswordEncoder(BCryptPasswordEncoder.BCryptVersion.$2B, 8);
    }

    public String lowCostSalt(String password) {
        // ruleid: java-weak-password-hash
        return BCrypt.hashpw(password, BCrypt.gensalt(6));
    }

    public PasswordEncoder defaultCostEncoder() {
        // ok: java-weak-password-hash
        return new BCryptPasswordEncoder();
    }

    public PasswordEncoder strongEncoder() {
        // ok: java-weak-password-hash
        return new BCryptPasswordEncoder(12);
    }

    public String strongSalt(String password) {
        // ok: java-weak-password-hash
        return BCrypt.hashpw(password, BCrypt.gensalt(10));
    }

    public PasswordEncoder configuredEncoder(int strength) {
        // ok: java-weak-password-hash
        return new BCryptPasswordEncoder(strength);
    }

    public org.springframework.security.authentication.encoding.PlaintextPasswordEncoder legacyEncoder() {
        // Spring Security 4's plaintext encoder keeps and compares passwords as typed
        // ruleid: java-weak-password-hash
        return new PlaintextPasswordEncoder();
    }

    public PasswordEncoder standardEncoder() {
        // ruleid: java-weak-password-hash
        return new StandardPasswordEncoder("pepper");
    }

    public PasswordEncoder noOpEncoder() {
        // ruleid: java-weak-password-hash
        return new NoOpPasswordEncoder();
    }
}
