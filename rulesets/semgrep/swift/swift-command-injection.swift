import Vapor

func routes(_ app: Application) throws {
    app.get("convert") { req -> String in
        let file = try req.query.get(String.self, at: "file")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        // ruleid: swift-command-injection
        p.arguments = ["-c", "soffice --convert-to pdf /data/\(file)"]
        try p.run()

        let q = Process()
        q.executableURL = URL(fileURLWithPath: "/usr/bin/soffice")
        // ok: swift-command-injection
        q.arguments = ["--convert-to", "pdf", "/data/\(file)"]
        try q.run()
        return "ok"
    }
}

func registerExport(_ app: Application) {
    app.get("export", ":contract") { req -> String in
        guard let contract = req.parameters.get("contract") else { throw Abort(.badRequest) }
        let p = Process()
        // ruleid: swift-command-injection
        p.arguments = ["-c", "wkhtmltopdf http://127.0.0.1/print/\(contract) /tmp/out.pdf"]
        try p.run()
        return "ok"
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
        // ruleid: swift-command-injection
        system(named)
        let whole = self.request.url?.absoluteString ?? ""
        // ruleid: swift-command-injection
        system(whole)
        // ok: swift-command-injection
        system("/usr/bin/true")
    }

    func describe() {
        let kept = request.url?.absoluteString ?? ""
        // ok: swift-command-injection
        system(kept)
    }
}

final class BundleSchemeHandler: NSObject, WKURLSchemeHandler {
    func webView(_ webView: WKWebView, start urlSchemeTask: WKURLSchemeTask) {
        let asked = urlSchemeTask.request.url?.path ?? ""
        // ruleid: swift-command-injection
        system(asked)
        // ok: swift-command-injection
        system("/usr/bin/true")
    }

    func webView(_ webView: WKWebView, stop urlSchemeTask: any WKURLSchemeTask) {
        // the same task, stopped: its URL was chosen by the page just as well
        let dropped = urlSchemeTask.request.url!.path
        // ruleid: swift-command-injection
        system(dropped)
    }

    func webView(_ webView: WKWebView, decidePolicyFor action: WKNavigationAction) {
        let next = action.request.url?.path ?? ""
        // ok: swift-command-injection
        system(next)
    }
}
