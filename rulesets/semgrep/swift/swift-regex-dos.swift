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

    func serverMask(session: URLSession, request: URLRequest) {
        session.dataTask(with: request) { data, _, _ in
            let mask = String(decoding: data ?? Data(), as: UTF8.self)
            // ruleid: swift-regex-dos
            let re = try? NSRegularExpression(pattern: "^" + mask + "$")
            // ok: swift-regex-dos
            let fixed = try? NSRegularExpression(pattern: "^KZ[0-9]{18}$")
            _ = (re, fixed)
        }.resume()
    }

    func remoteFilter() throws {
        let rule = try NSString(contentsOf: URL(string: "https://api.mfo-credit.example/v1/filter")!, encoding: String.Encoding.utf8.rawValue) as String
        // ruleid: swift-regex-dos
        _ = try Regex(rule)
    }
}
