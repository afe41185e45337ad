import SwiftUI
import KeychainSwift

final class SessionStore {
    private let defaults = UserDefaults.standard
    private let keychain = KeychainSwift()

    func save(token: String, phone: String) {
        // ruleid: swift-userdefaults-sensitive
        UserDefaults.standard.set(token, forKey: "accessToken")
        // ok: swift-userdefaults-sensitive
        UserDefaults.standard.set(phone, forKey: "lastPhone")
        // ok: swift-userdefaults-sensitive
        UserDefaults.standard.set(true, forKey: "pinEnabled")
        // ok: swift-userdefaults-sensitive
        UserDefaults.standard.set(Date(), forKey: "tokenIssuedAt")
        // ok: swift-userdefaults-sensitive
        keychain.set(token, forKey: "accessToken")
    }

    func savePin(_ pin: String) {
        let hash = PinHasher.hash(pin)
        // ruleid: swift-userdefaults-sensitive
        UserDefaults.standard.set(hash, forKey: "pin_hash")
        // ok: swift-userdefaults-sensitive
        UserDefaults.standard.set(0, forKey: "pin_attempts")
        // ok: swift-userdefaults-sensitive
        defaults.set("kk", forKey: "pinnedLanguage")
    }

    var pinHash: String? {
        get { defaults.string(forKey: "pinHash") }
        // ruleid: swift-userdefaults-sensitive
        set { defaults.set(newValue, forKey: "pinHash") }
    }

    var refreshToken: String? {
        get { defaults.string(forKey: Keys.current) }
        // ruleid: swift-userdefaults-sensitive
        set { defaults.set(newValue, forKey: Keys.current) }
    }

    var clientIin: String? {
        get { defaults.string(forKey: "client_iin") }
        // ruleid: swift-userdefaults-sensitive
        set { defaults.set(newValue, forKey: "client_iin") }
    }

    var theme: String {
        get { defaults.string(forKey: "theme") ?? "light" }
        // ok: swift-userdefaults-sensitive
        set { defaults.set(newValue, forKey: "theme") }
    }

    func signOut() {
        // ok: swift-userdefaults-sensitive
        defaults.set(nil, forKey: "pinHash")
    }
}

struct SettingsView: View {
    // ruleid: swift-userdefaults-sensitive
    @AppStorage("pinCode") var pin: String = ""
    // ok: swift-userdefaults-sensitive
    @AppStorage("language") var language: String = "kk"
    var body: some View { Text(language) }
}

final class RepaymentCardStore {
    private let defaults = UserDefaults.standard

    func rememberCard(cardNumber: String, holder: String) {
        // ruleid: swift-userdefaults-sensitive
        defaults.set(cardNumber, forKey: "lastCard")
        // ok: swift-userdefaults-sensitive
        defaults.set(holder, forKey: "lastCardHolder")
    }

    func rememberCreditCard(_ pan: String) {
        // ruleid: swift-userdefaults-sensitive
        UserDefaults.standard.set(pan, forKey: "savedCreditCardNo")
    }

    func rememberSealedCard(cardNumber: String, key: SymmetricKey) throws {
        // ok: swift-userdefaults-sensitive
        defaults.set(encryptCard(cardNumber, key), forKey: "savedCardNumber")
        // ok: swift-userdefaults-sensitive
        defaults.set(try sealWithDeviceKey(Data(cardNumber.utf8)), forKey: "savedCardNumber")
    }

    func rememberCardKind(_ brand: String) {
        // ok: swift-userdefaults-sensitive
        defaults.set(brand, forKey: "cardNumberType")
        // ok: swift-userdefaults-sensitive
        defaults.set(true, forKey: "creditCardEnabled")
    }
}
