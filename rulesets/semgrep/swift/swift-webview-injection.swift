import WebKit

final class OfferViewController: UIViewController {
    let webView = WKWebView()
    @IBOutlet weak var nameField: UITextField!

    func greet() {
        let name = nameField.text ?? ""
        // ruleid: swift-webview-injection
        webView.evaluateJavaScript("showGreeting('\(name)')")
        // ok: swift-webview-injection
        webView.callAsyncJavaScript("showGreeting(name)", arguments: ["name": name], in: nil, in: .page)
        // ok: swift-webview-injection
        webView.evaluateJavaScript("refreshOffers()")
    }

    func render() {
        // ruleid: swift-webview-injection
        webView.loadHTMLString("<h1>\(nameField.text!)</h1>", baseURL: nil)
    }
}
