package kz.mfo.otp;

import java.security.SecureRandom;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

public class OtpService {
    private final Random random = new Random();
    private final SecureRandom secureRandom = new SecureRandom();

    public String send(String phone) {
        // ruleid: java-insecure-random
        int otpCode = 100000 + random.nextInt(900000);
        // ok: java-insecure-random
        int otp = 100000 + secureRandom.nextInt(900000);
        return otpCode + ":" + otp;
    }

    public String generateResetToken() {
        // ruleid: java-insecure-random
        return Long.toHexString(new Random().nextLong());
    }

    public long backoff(long ms) {
        // ok: java-insecure-random
        return ms + random.nextInt(100);
    }
}

class PasswordCipher {
    // declared as java.util.Random, but the instance is a SecureRandom
    private Random random;
    private final Random saltRandom = new SecureRandom();
    private final Random weak = new Random();

    PasswordCipher() {
        random = new SecureRandom();
        random.setSeed(System.currentTimeMillis());
    }

    private byte[] getSalt(int size) {
        byte[] res = new byte[size];
        // ok: java-insecure-random
        random.nextBytes(res);
        return res;
    }

    private byte[] otherSalt(int size) {
        byte[] res = new byte[size];
        // ok: java-insecure-random
        saltRandom.nextBytes(res);
        return res;
    }

    private byte[] weakSalt(int size) {
        byte[] res = new byte[size];
        // ruleid: java-insecure-random
        weak.nextBytes(res);
        return res;
    }

    String resetToken() {
        Random local = new SecureRandom();
        // ok: java-insecure-random
        String token = Long.toHexString(local.nextLong());
        Random plain = new Random();
        // ruleid: java-insecure-random
        String sessionId = Long.toHexString(plain.nextLong());
        return token + sessionId;
    }
}

class NonceSource {
    private final Random rnd;

    NonceSource() throws Exception {
        this.rnd = SecureRandom.getInstance("SHA1PRNG");
    }

    long nextNonce() {
        // ok: java-insecure-random
        long nonce = rnd.nextLong();
        return nonce;
    }
}

class SnapshotScheduler {
    private int randRoll;
    private String resetCode;

    // resetting counters is not a reset code
    private void resetSnapshotStats(int snapCount) {
        // ok: java-insecure-random
        randRoll = ThreadLocalRandom.current().nextInt(snapCount / 2);
    }

    private String newResetCode() {
        // ruleid: java-insecure-random
        return String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000));
    }

    private void resetPasswordLink() {
        // ruleid: java-insecure-random
        resetCode = Integer.toString(new Random().nextInt(1_000_000));
    }

    private void drawNamedNumbers() {
        // `pin` counts only as a word of its own: pin, userPin, PIN_CODE, pinCode, not pinned or spinner
        // ruleid: java-insecure-random
        int pin = new Random().nextInt(10000);
        // ruleid: java-insecure-random
        int userPin = new Random().nextInt(10000);
        // ruleid: java-insecure-random
        int PIN_CODE = new Random().nextInt(10000);
        // ruleid: java-insecure-random
        int pinCode = new Random().nextInt(10000);
        // ok: java-insecure-random
        int pinned = new Random().nextInt(10000);
        // ok: java-insecure-random
        int spinner = new Random().nextInt(10000);
        // ok: java-insecure-random
        int shipping = new Random().nextInt(10000);
        // ok: java-insecure-random
        int mapping = new Random().nextInt(10000);
        // ok: java-insecure-random
        int pinyin = new Random().nextInt(10000);
        // ok: java-insecure-random
        int opinion = new Random().nextInt(10000);
        // ok: java-insecure-random
        int PING_INTERVAL = new Random().nextInt(10000);
    }
}
