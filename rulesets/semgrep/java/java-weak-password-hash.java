package kz.mfo.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import javax.crypto.Mac;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

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
}
