import Foundation

class SignupController {
    func signup(name: String, password: String) {
        let user = PFObject(className: "Person")
        user["name"] = name
        user["password"] = password
        // ruleid: swift-log-object-with-secret
        print("user saved: \(user.description)")
        // ruleid: swift-log-object-with-secret
        NSLog("user: %@", user)
    }

    func register(login: String, pin: String) {
        let account = Account()
        account.login = login
        account.pin = pin
        // ruleid: swift-log-object-with-secret
        dump(account)
    }

    func profile(name: String) {
        let user = PFObject(className: "Person")
        user["name"] = name
        // ok: swift-log-object-with-secret
        print("user saved: \(user)")
        let other = Account()
        other.pin = "x"
        // ok: swift-log-object-with-secret
        print("login: \(other.login)")
    }
}
