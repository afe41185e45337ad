import UIKit
import WebKit

final class AppDelegate: UIResponder, UIApplicationDelegate {
    let webView = WKWebView()

    func application(_ app: UIApplication, open url: URL, options: [UIApplication.OpenURLOptionsKey: Any] = [:]) -> Bool {
        let comps = URLComponents(url: url, resolvingAgainstBaseURL: false)
        guard let target = comps?.queryItems?.first(where: { $0.name == "page" })?.value,
              let pageURL = URL(string: target) else { return false }
        // ruleid: swift-untrusted-url-navigation
        webView.load(URLRequest(url: pageURL))
        return true
    }
}

final class PartnerLinks {
    let webView = WKWebView()
    let allowedHosts: Set<String> = ["my.example.kz"]

    func open(_ url: URL) {
        guard let host = url.host, allowedHosts.contains(host) else { return }
        // ok: swift-untrusted-url-navigation
        webView.load(URLRequest(url: url))
        // ok: swift-untrusted-url-navigation
        webView.load(URLRequest(url: URL(string: "https://my.example.kz/offers")!))
    }
}
