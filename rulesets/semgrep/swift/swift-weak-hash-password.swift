import CryptoKit
import Foundation

enum PinStore {
    static func hashPin(_ pin: String) -> String {
        // ruleid: swift-weak-hash-password
        let digest = Insecure.MD5.hash(data: Data(pin.utf8))
        return digest.map { String(format: "%02x", $0) }.joined()
    }

    static func cacheKey(for url: URL) -> String {
        // ok: swift-weak-hash-password
        let digest = Insecure.MD5.hash(data: Data(url.absoluteString.utf8))
        return digest.map { String(format: "%02x", $0) }.joined()
    }

    static func signPayload(_ payload: Data, key: SymmetricKey) -> Data {
        // ok: swift-weak-hash-password
        return Data(HMAC<SHA256>.authenticationCode(for: payload, using: key))
    }
}
