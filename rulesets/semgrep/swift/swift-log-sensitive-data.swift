import os

func login(phone: String, password: String, otp: String) {
    // ruleid: swift-log-sensitive-data
    print("login \(phone) password=\(password)")
    // ok: swift-log-sensitive-data
    print("login \(phone)")
    // ruleid: swift-log-sensitive-data
    NSLog("otp: %@", otp)
    let logger = Logger(subsystem: "kz.example.mfo", category: "auth")
    // ok: swift-log-sensitive-data
    logger.info("otp sent to \(phone, privacy: .public), code \(otp)")
}

func copyCode(otpCode: String, contractNo: String) {
    // ruleid: swift-log-sensitive-data
    UIPasteboard.general.string = otpCode
    // ok: swift-log-sensitive-data
    UIPasteboard.general.string = contractNo
}
