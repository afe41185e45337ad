import SwiftUI

final class SessionStore {
    func save(token: String, phone: String) {
        // ruleid: swift-userdefaults-sensitive
        UserDefaults.standard.set(token, forKey: "accessToken")
        // ok: swift-userdefaults-sensitive
        UserDefaults.standard.set(phone, forKey: "lastPhone")
        // ok: swift-userdefaults-sensitive
        UserDefaults.standard.set(true, forKey: "pinEnabled")
    }
}

struct SettingsView: View {
    // ruleid: swift-userdefaults-sensitive
    @AppStorage("pinCode") var pin: String = ""
    // ok: swift-userdefaults-sensitive
    @AppStorage("language") var language: String = "kk"
    var body: some View { Text(language) }
}
