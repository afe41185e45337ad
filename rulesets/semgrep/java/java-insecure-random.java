package kz.mfo.otp;

import java.security.SecureRandom;
import java.util.Random;

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
