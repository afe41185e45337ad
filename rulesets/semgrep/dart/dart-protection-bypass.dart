class DevOverrides extends HttpOverrides {
  @override
  HttpClient createHttpClient(SecurityContext? context) {
    // ruleid: dart-tls-verification-disabled
    return super.createHttpClient(context)..badCertificateCallback = (cert, host, port) => true;
  }
}

HttpClient pinned(SecurityContext ctx) {
  final c = HttpClient(context: ctx);
  // ok: dart-tls-verification-disabled
  c.badCertificateCallback = (cert, host, port) => cert.sha256 == pin;
  return c;
}
