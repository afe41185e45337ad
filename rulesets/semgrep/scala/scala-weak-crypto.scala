object Crypto {
  // ruleid: scala-weak-hash
  def pin(p: String) = MessageDigest.getInstance("MD5").digest(p.getBytes)
  // ok: scala-weak-hash
  def etag(p: String) = MessageDigest.getInstance("SHA-256").digest(p.getBytes)
  // ruleid: scala-weak-cipher
  val c1 = Cipher.getInstance("AES/ECB/PKCS5Padding")
  // ok: scala-weak-cipher
  val c2 = Cipher.getInstance("AES/GCM/NoPadding")
  // RSA/ECB/... names one RSA block, not the ECB mode
  // ok: scala-weak-cipher
  val c3 = Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding")
}
