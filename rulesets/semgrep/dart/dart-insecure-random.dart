import 'dart:math';

final _rng = Random();
const _chars = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

class OtpService {
  String issue() {
    // ruleid: dart-insecure-random
    final otp = Random().nextInt(900000) + 100000;
    // ruleid: dart-insecure-random
    final resetToken = List.generate(32, (_) => _chars[Random().nextInt(_chars.length)]).join();
    // ruleid: dart-insecure-random
    var sessionKey = Random(DateTime.now().millisecondsSinceEpoch).nextInt(1 << 32);
    // ruleid: dart-insecure-random
    String pin = _rng.nextInt(10000).toString().padLeft(4, '0');
    // ruleid: dart-insecure-random
    final apiKey = String.fromCharCodes(Iterable.generate(24, (_) => _chars.codeUnitAt(_rng.nextInt(_chars.length))));
    // ok: dart-insecure-random
    final otpSecure = Random.secure().nextInt(900000) + 100000;
    // ok: dart-insecure-random
    final delay = Random().nextInt(500);
    // ok: dart-insecure-random
    final shippingDays = _rng.nextInt(7);
    // ok: dart-insecure-random
    final spinner = Random().nextInt(4);
    // identifiers, a captcha picture's noise and a shuffled quiz are not secrets
    // ok: dart-insecure-random
    final messageId = Random().nextInt(1 << 31);
    // ok: dart-insecure-random
    final captchaNoise = Random().nextDouble();
    final quiz = [1, 2, 3]..shuffle(Random());
    return '$otp$resetToken$sessionKey$pin$apiKey$otpSecure$delay$shippingDays$spinner$messageId$captchaNoise$quiz';
  }

  // ruleid: dart-insecure-random
  String generateNonce([int length = 32]) {
    return List.generate(length, (_) => _chars[_rng.nextInt(_chars.length)]).join();
  }

  String randomColour() {
    // ok: dart-insecure-random
    return '#${Random().nextInt(0xFFFFFF).toRadixString(16)}';
  }
}

void otp() {
  // ruleid: dart-insecure-random
  final otpCode = Random().nextInt(999999);
  // ok: dart-insecure-random
  final otpCode2 = Random.secure().nextInt(999999);
  // ok: dart-insecure-random
  final delay = Random().nextInt(100);
  // `pin` counts only as a word of its own: pin, userPin, PIN_CODE, pinCode, not pinned or spinner
  // ruleid: dart-insecure-random
  final pin = Random().nextInt(9999);
  // ruleid: dart-insecure-random
  final userPin = Random().nextInt(9999);
  // ruleid: dart-insecure-random
  final PIN_CODE = Random().nextInt(9999);
  // ruleid: dart-insecure-random
  final pinCode = Random().nextInt(9999);
  // ok: dart-insecure-random
  final pinned = Random().nextInt(9999);
  // ok: dart-insecure-random
  final spinner = Random().nextInt(9999);
  // ok: dart-insecure-random
  final shipping = Random().nextInt(9999);
  // ok: dart-insecure-random
  final mapping = Random().nextInt(9999);
  // ok: dart-insecure-random
  final pinyin = Random().nextInt(9999);
  // ok: dart-insecure-random
  final opinion = Random().nextInt(9999);
  // ok: dart-insecure-random
  final PING_INTERVAL = Random().nextInt(9999);
}
