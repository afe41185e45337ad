object Crypto {
  // ruleid: scala-weak-hash
  def pin(p: String) = MessageDigest.getInstance("MD5").digest(p.getBytes)
  // ok: scala-weak-hash
  def etag(p: String) = MessageDigest.getInstance("SHA-256").digest(p.getBytes)
  // ruleid: scala-weak-cipher
  val c1 = Cipher.getInstance("AES/ECB/PKCS5Padding")
  // ok: scala-weak-cipher
  val c2 = Cipher.getInstance("AES/GCM/NoPadding")
  // ruleid: scala-insecure-random-token
  val otpCode = Random.nextInt(999999)
  // ok: scala-insecure-random-token
  val jitter = Random.nextInt(100)
  // `pin` counts only as a word of its own: pin, userPin, PIN_CODE, pinCode, not pinned or spinner
  // ruleid: scala-insecure-random-token
  val pin = Random.nextInt(9999)
  // ruleid: scala-insecure-random-token
  val userPin = Random.nextInt(9999)
  // ruleid: scala-insecure-random-token
  val PIN_CODE = Random.nextInt(9999)
  // ruleid: scala-insecure-random-token
  val pinCode = Random.nextInt(9999)
  // ok: scala-insecure-random-token
  val pinned = Random.nextInt(9999)
  // ok: scala-insecure-random-token
  val spinner = Random.nextInt(9999)
  // ok: scala-insecure-random-token
  val shipping = Random.nextInt(9999)
  // ok: scala-insecure-random-token
  val mapping = Random.nextInt(9999)
  // ok: scala-insecure-random-token
  val pinyin = Random.nextInt(9999)
  // ok: scala-insecure-random-token
  val opinion = Random.nextInt(9999)
  // ok: scala-insecure-random-token
  val PING_INTERVAL = Random.nextInt(9999)
}
