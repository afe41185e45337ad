import CommonCrypto
import CryptoKit

func legacyEncrypt(_ data: Data, key: Data) {
    // ruleid: swift-weak-cipher
    let algorithm = CCAlgorithm(kCCAlgorithmDES)
    // ruleid: swift-weak-cipher
    let options = CCOptions(kCCOptionECBMode)
    _ = (algorithm, options)
}

func modernEncrypt(_ data: Data, key: SymmetricKey) throws -> Data? {
    // ok: swift-weak-cipher
    let sealed = try AES.GCM.seal(data, using: key)
    return sealed.combined
}

func fixedNonce(_ data: Data, key: SymmetricKey) throws -> Data? {
    // ruleid: swift-weak-cipher
    let nonce = try AES.GCM.Nonce(data: Data(repeating: 0, count: 12))
    return try AES.GCM.seal(data, using: key, nonce: nonce).combined
}
