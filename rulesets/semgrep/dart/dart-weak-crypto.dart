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

void otp() {
  // ruleid: dart-insecure-random-token
  final otpCode = Random().nextInt(999999);
  // ok: dart-insecure-random-token
  final otpCode2 = Random.secure().nextInt(999999);
  // ok: dart-insecure-random-token
  final delay = Random().nextInt(100);
  // `pin` counts only as a word of its own: pin, userPin, PIN_CODE, pinCode, not pinned or spinner
  // ruleid: dart-insecure-random-token
  final pin = Random().nextInt(9999);
  // ruleid: dart-insecure-random-token
  final userPin = Random().nextInt(9999);
  // ruleid: dart-insecure-random-token
  final PIN_CODE = Random().nextInt(9999);
  // ruleid: dart-insecure-random-token
  final pinCode = Random().nextInt(9999);
  // ok: dart-insecure-random-token
  final pinned = Random().nextInt(9999);
  // ok: dart-insecure-random-token
  final spinner = Random().nextInt(9999);
  // ok: dart-insecure-random-token
  final shipping = Random().nextInt(9999);
  // ok: dart-insecure-random-token
  final mapping = Random().nextInt(9999);
  // ok: dart-insecure-random-token
  final pinyin = Random().nextInt(9999);
  // ok: dart-insecure-random-token
  final opinion = Random().nextInt(9999);
  // ok: dart-insecure-random-token
  final PING_INTERVAL = Random().nextInt(9999);
}
