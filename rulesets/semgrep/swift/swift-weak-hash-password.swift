import CommonCrypto
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

/// Quick sign-in with a short numeric code.
enum QuickCodeHasher {
    static func digest(_ pin: String) -> String {
        let bytes = Array(pin.utf8)
        var out = [UInt8](repeating: 0, count: Int(CC_MD5_DIGEST_LENGTH))
        // ruleid: swift-weak-hash-password
        CC_MD5(bytes, CC_LONG(bytes.count), &out)
        return out.map { String(format: "%02x", $0) }.joined()
    }
}

struct PasswordHasher {
    func make(_ value: String) -> String {
        let bytes = Array(value.utf8)
        var out = [UInt8](repeating: 0, count: Int(CC_SHA1_DIGEST_LENGTH))
        // ruleid: swift-weak-hash-password
        CC_SHA1(bytes, CC_LONG(bytes.count), &out)
        return out.map { String(format: "%02x", $0) }.joined()
    }
}

struct FileChecksum {
    func etag(of file: Data) -> String {
        var out = [UInt8](repeating: 0, count: Int(CC_MD5_DIGEST_LENGTH))
        // ok: swift-weak-hash-password
        file.withUnsafeBytes { _ = CC_MD5($0.baseAddress, CC_LONG(file.count), &out) }
        return out.map { String(format: "%02x", $0) }.joined()
    }

    func legacyId(_ deviceName: String) -> String {
        // ok: swift-weak-hash-password
        return Insecure.SHA1.hash(data: Data(deviceName.utf8)).description
    }

    func otpFingerprint(otpCode: String) -> String {
        // ruleid: swift-weak-hash-password
        return Insecure.SHA1.hash(data: Data(otpCode.utf8)).description
    }
}

enum PinDigest {
    static func make(_ value: String) -> Insecure.MD5Digest {
        // ruleid: swift-weak-hash-password
        return Insecure.MD5.hash(data: Data(value.utf8))
    }
}
