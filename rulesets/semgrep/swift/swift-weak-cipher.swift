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

func legacyStatementCipher(_ body: [UInt8], key: [UInt8]) throws -> [UInt8] {
    // ruleid: swift-weak-cipher
    let aes = try AES(key: key, blockMode: ECB(), padding: .pkcs7)
    return try aes.encrypt(body)
}

func legacyModeHeld(_ body: [UInt8], key: [UInt8]) throws -> [UInt8] {
    // ruleid: swift-weak-cipher
    let mode = ECB()
    return try AES(key: key, blockMode: mode).encrypt(body)
}

func legacyBranchCipher(_ body: [UInt8], key: [UInt8], iv: [UInt8]) throws -> [UInt8] {
    // ruleid: swift-weak-cipher
    return try Blowfish(key: key, blockMode: CBC(iv: iv), padding: .pkcs7).encrypt(body)
}

func cryptoSwiftGcm(_ body: [UInt8], key: [UInt8]) throws -> [UInt8] {
    // ok: swift-weak-cipher
    let gcm = GCM(iv: AES.randomIV(12), mode: .combined)
    return try AES(key: key, blockMode: gcm, padding: .noPadding).encrypt(body)
}
