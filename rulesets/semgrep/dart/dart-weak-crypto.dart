String pinHash(String pin) {
  // ruleid: dart-weak-hash
  return md5.convert(utf8.encode(pin)).toString();
}

String etag(List<int> body) {
  // ok: dart-weak-hash
  return sha256.convert(body).toString();
}

void enc(Key key) {
  // ruleid: dart-weak-cipher-or-iv
  final iv = IV.fromLength(16);
  // ok: dart-weak-cipher-or-iv
  final iv2 = IV.fromSecureRandom(16);
}
