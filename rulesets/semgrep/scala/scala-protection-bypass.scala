object Tls {
  // ruleid: scala-tls-verification-disabled
  val v = NoopHostnameVerifier.INSTANCE
  // ok: scala-tls-verification-disabled
  val d = new DefaultHostnameVerifier()
  // ruleid: scala-tls-verification-disabled
  val any = (h: String, s: SSLSession) => true
}
