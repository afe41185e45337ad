package kz.mfo.auth

import java.security.SecureRandom
import scala.util.Random

object OtpService {
  private val rnd = new Random()
  private val secure = new SecureRandom()

  def issue(): Seq[Any] = {
    // ruleid: scala-insecure-random
    val otp = Random.nextInt(900000) + 100000
    // ruleid: scala-insecure-random
    val resetToken = Random.alphanumeric.take(32).mkString
    // ruleid: scala-insecure-random
    val sessionKey = new Random(System.nanoTime()).nextLong()
    // ruleid: scala-insecure-random
    val pin = rnd.nextInt(10000).toString
    // ruleid: scala-insecure-random
    val apiKey = scala.util.Random.nextString(24)
    // ruleid: scala-insecure-random
    var password = (1 to 12).map(_ => Random.nextPrintableChar()).mkString
    // ok: scala-insecure-random
    val otpSecure = secure.nextInt(900000) + 100000
    // scala.util.Random driven by SecureRandom is as strong as SecureRandom
    // ok: scala-insecure-random
    val tokenSecure = new Random(new SecureRandom()).alphanumeric.take(32).mkString
    // ok: scala-insecure-random
    val jitter = Random.nextInt(100)
    // ok: scala-insecure-random
    val shippingDays = rnd.nextInt(7)
    // identifiers, a captcha picture's noise and a shuffled quiz are not secrets
    // ok: scala-insecure-random
    val requestId = Random.nextLong()
    // ok: scala-insecure-random
    val captchaNoise = Random.nextDouble()
    // ok: scala-insecure-random
    val shuffledQuestions = Random.shuffle(Seq(1, 2, 3))
    Seq(otp, resetToken, sessionKey, pin, apiKey, password, otpSecure, tokenSecure, jitter, shippingDays, requestId, captchaNoise, shuffledQuestions)
  }

  // ruleid: scala-insecure-random
  def generateNonce(length: Int): String =
    Random.alphanumeric.take(length).mkString

  def randomColour(): String =
    // ok: scala-insecure-random
    f"#${Random.nextInt(0xffffff)}%06x"
}

object PinWords {
  // ruleid: scala-insecure-random
  val otpCode = Random.nextInt(999999)
  // ok: scala-insecure-random
  val jitter = Random.nextInt(100)
  // `pin` counts only as a word of its own: pin, userPin, PIN_CODE, pinCode, not pinned or spinner
  // ruleid: scala-insecure-random
  val pin = Random.nextInt(9999)
  // ruleid: scala-insecure-random
  val userPin = Random.nextInt(9999)
  // ruleid: scala-insecure-random
  val PIN_CODE = Random.nextInt(9999)
  // ruleid: scala-insecure-random
  val pinCode = Random.nextInt(9999)
  // ok: scala-insecure-random
  val pinned = Random.nextInt(9999)
  // ok: scala-insecure-random
  val spinner = Random.nextInt(9999)
  // ok: scala-insecure-random
  val shipping = Random.nextInt(9999)
  // ok: scala-insecure-random
  val mapping = Random.nextInt(9999)
  // ok: scala-insecure-random
  val pinyin = Random.nextInt(9999)
  // ok: scala-insecure-random
  val opinion = Random.nextInt(9999)
  // ok: scala-insecure-random
  val PING_INTERVAL = Random.nextInt(9999)
}

object HandedToConstructor {
  // the generator handed to another constructor: BigInteger's bits come from it
  // ruleid: scala-insecure-random
  val sessionToken = new BigInteger(130, ThreadLocalRandom.current()).toString(32)
  // ruleid: scala-insecure-random
  def resetToken(): String = new BigInteger(130, new java.util.Random()).toString(32)
  // ruleid: scala-insecure-random
  val apiKey = RandomStringUtils.random(32, 0, 0, true, true, null, ThreadLocalRandom.current())
  // ok: scala-insecure-random
  val sessionId = new BigInteger(130, new SecureRandom()).toString(32)
  // ok: scala-insecure-random
  val sampleSize = new BigInteger(16, ThreadLocalRandom.current()).intValue()
}
