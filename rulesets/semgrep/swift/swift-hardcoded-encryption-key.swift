import Foundation

class StatementCrypto {
    // ruleid: swift-hardcoded-encryption-key
    var encryptionKey = "k8Zq2mWx9PvL4rTa"
    // ruleid: swift-hardcoded-encryption-key
    let aesIV = "0000000000000000"
    // ok: swift-hardcoded-encryption-key
    let encryptionKeyTag = "kz.example.statement-key"
    // ok: swift-hardcoded-encryption-key
    static let aesKeyDefaultsName = "statement_aes_key"
    // ok: swift-hardcoded-encryption-key
    let greeting = "Hello from the lender"
}
