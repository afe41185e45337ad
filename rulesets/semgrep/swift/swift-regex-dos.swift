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

// URLs the app's own URL loading handlers are asked to load
final class ArchiveLinkProtocol: URLProtocol {
    override class func canInit(with request: URLRequest) -> Bool {
        return request.url?.scheme == "archive"
    }

    override func startLoading() {
        let link = request.url
        let named = link?.path ?? ""
        // ruleid: swift-regex-dos
        let rx = try NSRegularExpression(pattern: named, options: [])
        let whole = self.request.url?.absoluteString ?? ""
        // ruleid: swift-regex-dos
        let rx = try NSRegularExpression(pattern: whole, options: [])
        // ok: swift-regex-dos
        let rx = try NSRegularExpression(pattern: "^[a-z]+$", options: [])
    }

    func describe() {
        let kept = request.url?.absoluteString ?? ""
        // ok: swift-regex-dos
        let rx = try NSRegularExpression(pattern: kept, options: [])
    }
}

final class BundleSchemeHandler: NSObject, WKURLSchemeHandler {
    func webView(_ webView: WKWebView, start urlSchemeTask: WKURLSchemeTask) {
        let asked = urlSchemeTask.request.url?.path ?? ""
        // ruleid: swift-regex-dos
        let rx = try NSRegularExpression(pattern: asked, options: [])
        // ok: swift-regex-dos
        let rx = try NSRegularExpression(pattern: "^[a-z]+$", options: [])
    }

    func webView(_ webView: WKWebView, stop urlSchemeTask: any WKURLSchemeTask) {
        // the same task, stopped: its URL was chosen by the page just as well
        let dropped = urlSchemeTask.request.url!.path
        // ruleid: swift-regex-dos
        let rx = try NSRegularExpression(pattern: dropped, options: [])
    }

    func webView(_ webView: WKWebView, decidePolicyFor action: WKNavigationAction) {
        let next = action.request.url?.path ?? ""
        // ok: swift-regex-dos
        let rx = try NSRegularExpression(pattern: next, options: [])
    }
}
