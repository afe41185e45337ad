import Foundation
import GameplayKit

func generateOtp() -> String {
    // ruleid: swift-insecure-random
    let n = Int(drand48() * 1_000_000)
    return String(format: "%06d", n)
}

func generateOtpSafe() -> String {
    // ok: swift-insecure-random
    let n = Int.random(in: 0..<1_000_000)
    return String(format: "%06d", n)
}

func shuffleBanners(_ banners: [String]) -> [String] {
    // ok: swift-insecure-random
    let source = GKMersenneTwisterRandomSource(seed: 42)
    return source.arrayByShufflingObjects(in: banners) as! [String]
}

func newSession() {
    // ruleid: swift-insecure-random
    let sessionToken = String(random(), radix: 16)
    _ = sessionToken
}

func drawNamedNumbers() {
    // `pin` counts only as a word of its own: pin, userPin, PIN_CODE, pinCode, not pinned or spinner
    // ruleid: swift-insecure-random
    let pin = String(random(), radix: 16)
    // ruleid: swift-insecure-random
    let userPin = String(random(), radix: 16)
    // ruleid: swift-insecure-random
    let PIN_CODE = String(random(), radix: 16)
    // ruleid: swift-insecure-random
    let pinCode = String(random(), radix: 16)
    // ok: swift-insecure-random
    let pinned = String(random(), radix: 16)
    // ok: swift-insecure-random
    let spinner = String(random(), radix: 16)
    // ok: swift-insecure-random
    let shipping = String(random(), radix: 16)
    // ok: swift-insecure-random
    let mapping = String(random(), radix: 16)
    // ok: swift-insecure-random
    let pinyin = String(random(), radix: 16)
    // ok: swift-insecure-random
    let opinion = String(random(), radix: 16)
    // ok: swift-insecure-random
    let PING_INTERVAL = String(random(), radix: 16)
}
