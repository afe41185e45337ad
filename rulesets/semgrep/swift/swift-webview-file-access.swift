import WebKit

func makeWebView() -> WKWebView {
    let config = WKWebViewConfiguration()
    // ruleid: swift-webview-file-access
    config.preferences.setValue(true, forKey: "allowFileAccessFromFileURLs")
    // ok: swift-webview-file-access
    config.preferences.setValue(false, forKey: "allowFileAccessFromFileURLs")
    let web = WKWebView(frame: .zero, configuration: config)
    let page = Bundle.main.url(forResource: "offer", withExtension: "html")!
    // ok: swift-webview-file-access
    web.loadFileURL(page, allowingReadAccessTo: page.deletingLastPathComponent())
    return web
}
