import java.security.SecureRandom

class OtpGenerator {
    fun otp(): String {
        // ruleid: kotlin-securerandom-constant-seed
        val fixed = SecureRandom("12345".toByteArray())
        // ruleid: kotlin-securerandom-constant-seed
        val bytes = SecureRandom(byteArrayOf(1, 2, 3, 4))
        val sha = SecureRandom.getInstance("SHA1PRNG")
        // ruleid: kotlin-securerandom-constant-seed
        sha.setSeed(12345L)
        // ruleid: kotlin-securerandom-constant-seed
        sha.setSeed("static".toByteArray())
        val good = SecureRandom()
        // ok: kotlin-securerandom-constant-seed
        good.setSeed(good.generateSeed(32))
        // ok: kotlin-securerandom-constant-seed
        val fromDevice = SecureRandom(SecureRandom.getSeed(32))
        return "%06d".format(good.nextInt(1_000_000))
    }
}
