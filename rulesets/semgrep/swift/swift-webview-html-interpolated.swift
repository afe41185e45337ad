import UIKit
import WebKit

class GreetingViewController: UIViewController {
    var nameField: UITextField!
    var webView: WKWebView!

    func greet() {
        guard let name = nameField.text else { return }
        // ruleid: swift-webview-html-interpolated
        webView.loadHTMLString("<p>Hello \(name)</p>", baseURL: nil)
        // ok: swift-webview-html-interpolated
        webView.loadHTMLString("<p>Hello</p>", baseURL: nil)
    }
}
