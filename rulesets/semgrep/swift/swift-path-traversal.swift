import Foundation

final class DocumentStore {
    let base = FileManager.default.urls(for: .documentDirectory, in: .userDomainMask)[0]

    func handle(url: URL) {
        let comps = URLComponents(url: url, resolvingAgainstBaseURL: false)
        let name = comps?.queryItems?.first?.value ?? ""
        let path = base.appendingPathComponent(name).path
        // ruleid: swift-path-traversal
        let data = FileManager.default.contents(atPath: path)
        // ok: swift-path-traversal
        let data2 = FileManager.default.contents(atPath: base.appendingPathComponent((name as NSString).lastPathComponent).path)
        _ = (data, data2)
        // ok: swift-path-traversal
        let terms = FileManager.default.contents(atPath: base.appendingPathComponent("terms.pdf").path)
        _ = terms
    }

    func cachedStatement() throws -> Data? {
        let name = try String(contentsOf: URL(string: "https://api.mfo-credit.example/v1/statement-name")!)
        let path = NSHomeDirectory() + "/Library/Caches/" + name
        if path.hasPrefix(NSHomeDirectory() + "/Library/Caches") {
            // ruleid: swift-path-traversal
            return FileManager.default.contents(atPath: path)
        }
        // ok: swift-path-traversal
        return FileManager.default.contents(atPath: NSHomeDirectory() + "/Library/Caches/" + (name as NSString).lastPathComponent)
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
        // ruleid: swift-path-traversal
        try payload.write(to: folder.appendingPathComponent(named), options: .atomic)
        let whole = self.request.url?.absoluteString ?? ""
        // ruleid: swift-path-traversal
        try payload.write(to: folder.appendingPathComponent(whole), options: .atomic)
        // ok: swift-path-traversal
        try payload.write(to: folder.appendingPathComponent("cache.bin"), options: .atomic)
    }

    func describe() {
        let kept = request.url?.absoluteString ?? ""
        // ok: swift-path-traversal
        try payload.write(to: folder.appendingPathComponent(kept), options: .atomic)
    }
}

final class BundleSchemeHandler: NSObject, WKURLSchemeHandler {
    func webView(_ webView: WKWebView, start urlSchemeTask: WKURLSchemeTask) {
        let asked = urlSchemeTask.request.url?.path ?? ""
        // ruleid: swift-path-traversal
        try payload.write(to: folder.appendingPathComponent(asked), options: .atomic)
        // ok: swift-path-traversal
        try payload.write(to: folder.appendingPathComponent("cache.bin"), options: .atomic)
    }

    func webView(_ webView: WKWebView, stop urlSchemeTask: any WKURLSchemeTask) {
        // the same task, stopped: its URL was chosen by the page just as well
        let dropped = urlSchemeTask.request.url!.path
        // ruleid: swift-path-traversal
        try payload.write(to: folder.appendingPathComponent(dropped), options: .atomic)
    }

    func webView(_ webView: WKWebView, decidePolicyFor action: WKNavigationAction) {
        let next = action.request.url?.path ?? ""
        // ok: swift-path-traversal
        try payload.write(to: folder.appendingPathComponent(next), options: .atomic)
    }
}
