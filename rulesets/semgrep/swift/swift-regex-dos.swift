import UIKit

final class SearchViewController: UIViewController {
    @IBOutlet weak var queryField: UITextField!

    func filter(_ names: [String]) -> [String] {
        let q = queryField.text ?? ""
        // ruleid: swift-regex-dos
        let re = try? NSRegularExpression(pattern: q, options: .caseInsensitive)
        // ok: swift-regex-dos
        let safe = try? NSRegularExpression(pattern: NSRegularExpression.escapedPattern(for: q), options: .caseInsensitive)
        // ok: swift-regex-dos
        let iin = try? NSRegularExpression(pattern: "^[0-9]{12}$")
        _ = (re, safe, iin)
        return names
    }
}
