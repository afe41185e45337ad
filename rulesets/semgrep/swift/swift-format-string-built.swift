import Foundation

// A format string built by interpolation or concatenation, with no arguments after it: any % in the
// value is read as a conversion (a crash, or memory printed).
final class LoanStatusLogger {
    func logApproval(loanId: String, borrower: String, digits: Int, rate: Double) {
        // ruleid: swift-format-string-built
        NSLog("Loan \(loanId) approved")
        // ruleid: swift-format-string-built
        let subject = String(format: "Payment for contract " + loanId)
        // ruleid: swift-format-string-built
        let greeting = NSString(format: "Dear \(borrower)" as NSString)
        // ruleid: swift-format-string-built
        let line = String.localizedStringWithFormat(borrower + ": schedule updated")
        // ok: swift-format-string-built
        let rateText = String(format: "%.\(digits)f%%", rate)
        // ok: swift-format-string-built
        NSLog("Loan %@ approved", loanId)
        // ok: swift-format-string-built
        NSLog("%@", "Loan \(loanId) approved")
        // ok: swift-format-string-built
        NSLog("Schedule refreshed")
        // ruleid: swift-format-string-built
        NSLog("Schedule for " + "\(borrower) refreshed")
        // ok: swift-format-string-built
        NSLog("Schedule kept by " + "\(type(of: self)), " + "not replaced")
        // ok: swift-format-string-built
        NSLog("Schedule refreshed " + "for every borrower")
        // ok: swift-format-string-built
        let code = String(format: "%06d", 42)
        print(subject, greeting, line, rateText, code)
    }
}
