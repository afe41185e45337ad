import Foundation

final class CredentialStore {
    private let fileURL = FileManager.default
        .urls(for: .documentDirectory, in: .userDomainMask)[0]
        .appendingPathComponent("session.txt")

    func remember(login: String, password: String) throws {
        let line = "\(login):\(password)"
        // ruleid: swift-secret-plain-storage
        try line.write(to: fileURL, atomically: true, encoding: .utf8)
        // ok: swift-secret-plain-storage
        try login.write(to: fileURL, atomically: true, encoding: .utf8)
    }

    func keep(token accessToken: String, in account: NSManagedObject) {
        // ruleid: swift-secret-plain-storage
        account.setValue(accessToken, forKey: "token")
        // ok: swift-secret-plain-storage
        account.setValue(accessToken.isEmpty, forKey: "hasToken")
    }
}
