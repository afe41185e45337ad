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
