import Foundation
import Security

func saveToken(_ token: Data) {
    let query: [String: Any] = [
        kSecClass as String: kSecClassGenericPassword,
        kSecAttrAccount as String: "token",
        // ruleid: swift-insecure-data-protection
        kSecAttrAccessible as String: kSecAttrAccessibleAlways,
        kSecValueData as String: token,
    ]
    SecItemAdd(query as CFDictionary, nil)
}

func saveTokenSafe(_ token: Data) {
    let query: [String: Any] = [
        kSecClass as String: kSecClassGenericPassword,
        kSecAttrAccount as String: "token",
        // ok: swift-insecure-data-protection
        kSecAttrAccessible as String: kSecAttrAccessibleWhenUnlockedThisDeviceOnly,
        kSecValueData as String: token,
    ]
    SecItemAdd(query as CFDictionary, nil)
}

func export(_ data: Data, to url: URL) throws {
    // ruleid: swift-insecure-data-protection
    try data.write(to: url, options: .noFileProtection)
    // ok: swift-insecure-data-protection
    try data.write(to: url, options: .completeFileProtection)
}
