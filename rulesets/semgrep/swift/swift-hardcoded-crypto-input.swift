import CryptoSwift
import Foundation
import Security

struct RepaymentVault {
    func sealSchedule(_ schedule: [UInt8]) throws -> [UInt8] {
        let scheduleKey: [UInt8] = [0x11, 0x4f, 0x9c, 0x02, 0x7e, 0x33, 0xa1, 0x5d, 0x10, 0x22, 0x34, 0x46, 0x58, 0x6a, 0x7c, 0x8e]
        // ruleid: swift-hardcoded-crypto-input
        let aes = try AES(key: scheduleKey, blockMode: GCM(iv: AES.randomIV(12)), padding: .noPadding)
        return try aes.encrypt(schedule)
    }

    func sealWithStringKey(_ body: [UInt8], nonce: [UInt8]) throws -> [UInt8] {
        // ruleid: swift-hardcoded-crypto-input
        return try AES(key: "kz-loans-2024-aes", iv: "0102030405060708").encrypt(body)
    }

    func sealWithNamedStrings(_ body: [UInt8]) throws -> [UInt8] {
        let borrowerKey = "almaty-branch-16"
        let randomIV = AES.randomIV(AES.blockSize)
        // ruleid: swift-hardcoded-crypto-input
        return try AES(key: borrowerKey, iv: randomIV.toHexString()).encrypt(body)
    }

    func sealWithFixedIV(_ body: [UInt8], key: [UInt8]) throws -> [UInt8] {
        let ledgerIV: Array<UInt8> = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 1, 2, 3, 4, 5, 6]
        // ruleid: swift-hardcoded-crypto-input
        return try AES(key: key, blockMode: CBC(iv: ledgerIV), padding: .pkcs7).encrypt(body)
    }

    func openStatement(_ sealed: [UInt8], key: Data) throws -> [UInt8] {
        let statementIV = Array("kz-statement-iv1".utf8)
        // ruleid: swift-hardcoded-crypto-input
        return try AES(key: Array(key), blockMode: CBC(iv: Array(statementIV)), padding: .pkcs7).decrypt(sealed)
    }

    func macOfStatement(_ statement: [UInt8]) throws -> [UInt8] {
        // ruleid: swift-hardcoded-crypto-input
        return try HMAC(key: Array("statement-mac-key".utf8), variant: .sha2(.sha256)).authenticate(statement)
    }

    func pinKey(pin: String) throws -> [UInt8] {
        let pinSalt: [UInt8] = Array("kaspi-salt".utf8)
        // ruleid: swift-hardcoded-crypto-input
        return try PKCS5.PBKDF2(password: Array(pin.utf8), salt: pinSalt, iterations: 310_000, keyLength: 32, variant: .sha2(.sha256)).calculate()
    }

    func deviceKey() throws -> [UInt8] {
        let devicePassword: [UInt8] = [0x61, 0x62, 0x63, 0x64]
        let salt = AES.randomIV(16)
        // ruleid: swift-hardcoded-crypto-input
        return try HKDF(password: devicePassword, salt: salt, variant: .sha2(.sha256)).calculate()
    }

    func scryptKey(pin: String) throws -> [UInt8] {
        // ruleid: swift-hardcoded-crypto-input
        return try Scrypt(password: Array(pin.utf8), salt: [1, 2, 3, 4, 5, 6, 7, 8], dkLen: 32, N: 16384, r: 8, p: 1).calculate()
    }

    func legacyBlowfish(_ body: [UInt8]) throws -> [UInt8] {
        // ruleid: swift-hardcoded-crypto-input
        return try Blowfish(key: "legacy-branch-key", iv: "12345678").encrypt(body)
    }

    // --- keys and salts that are not in the code ---

    func sealWithKeychainKey(_ body: [UInt8], keychainKey: [UInt8]) throws -> [UInt8] {
        // ok: swift-hardcoded-crypto-input
        return try AES(key: keychainKey, blockMode: GCM(iv: AES.randomIV(12)), padding: .noPadding).encrypt(body)
    }

    func sealWithRandomKey(_ body: [UInt8]) throws -> [UInt8] {
        var sessionKey = [UInt8](repeating: 0, count: 32)
        _ = SecRandomCopyBytes(kSecRandomDefault, sessionKey.count, &sessionKey)
        let sessionIV = AES.randomIV(AES.blockSize)
        // ok: swift-hardcoded-crypto-input
        return try AES(key: sessionKey, blockMode: CBC(iv: sessionIV), padding: .pkcs7).encrypt(body)
    }

    func openWithHeaderIV(_ sealed: [UInt8], key: Data) throws -> [UInt8] {
        let headerIV = Array(sealed.prefix(16))
        // ok: swift-hardcoded-crypto-input
        return try AES(key: Array(key), blockMode: CBC(iv: Array(headerIV)), padding: .pkcs7).decrypt(Array(sealed.dropFirst(16)))
    }

    func pinKeyWithStoredSalt(pin: String, storedSalt: [UInt8]) throws -> [UInt8] {
        // ok: swift-hardcoded-crypto-input
        return try PKCS5.PBKDF2(password: Array(pin.utf8), salt: storedSalt, iterations: 310_000, keyLength: 32, variant: .sha2(.sha256)).calculate()
    }

    func keyFromConfig(_ body: [UInt8], config: [String: String]) throws -> [UInt8] {
        let configuredKey = config["statementKey"] ?? ""
        // ok: swift-hardcoded-crypto-input
        return try AES(key: configuredKey, iv: AES.randomIV(16).toHexString()).encrypt(body)
    }
}
