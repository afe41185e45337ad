import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

public class OtpGenerator {
    private static final byte[] SEED = "lender-seed".getBytes(StandardCharsets.UTF_8);

    String otp() throws Exception {
        // ruleid: java-securerandom-constant-seed
        SecureRandom fixed = new SecureRandom("12345".getBytes());
        // ruleid: java-securerandom-constant-seed
        SecureRandom bytes = new SecureRandom(new byte[] {1, 2, 3, 4});
        // ruleid: java-securerandom-constant-seed
        SecureRandom fromField = new SecureRandom(SEED);
        SecureRandom sha = SecureRandom.getInstance("SHA1PRNG");
        // ruleid: java-securerandom-constant-seed
        sha.setSeed(12345L);
        // ruleid: java-securerandom-constant-seed
        sha.setSeed("static".getBytes(StandardCharsets.UTF_8));
        SecureRandom good = new SecureRandom();
        // ok: java-securerandom-constant-seed
        good.setSeed(good.generateSeed(32));
        // ok: java-securerandom-constant-seed
        SecureRandom strong = SecureRandom.getInstanceStrong();
        // ok: java-securerandom-constant-seed
        SecureRandom fromDevice = new SecureRandom(SecureRandom.getSeed(32));
        return String.format("%06d", strong.nextInt(1_000_000));
    }
}
