import UIKit
import SQLite3

final class ClientSearchViewController: UIViewController {
    @IBOutlet weak var iinField: UITextField!
    private var db: OpaquePointer?

    @IBAction func search(_ sender: Any) {
        guard let iin = iinField.text, !iin.isEmpty else { return }
        let sql = "SELECT full_name FROM clients WHERE iin = '\(iin)';"
        // ruleid: swift-sql-injection
        sqlite3_exec(db, sql, nil, nil, nil)

        var stmt: OpaquePointer?
        // ok: swift-sql-injection
        sqlite3_prepare_v2(db, "SELECT full_name FROM clients WHERE iin = ?;", -1, &stmt, nil)
        sqlite3_bind_text(stmt, 1, iin, -1, nil)
    }

    func loans(queue: FMDatabaseQueue) {
        let status = iinField.text ?? ""
        queue.inDatabase { db in
            // ruleid: swift-sql-injection
            let rs = db.executeQuery("SELECT * FROM loans WHERE status = '\(status)'", withArgumentsIn: [])
            // ok: swift-sql-injection
            let rs2 = db.executeQuery("SELECT * FROM loans WHERE status = ?", withArgumentsIn: [status])
        }
    }

    func count(table: String) {
        // ok: swift-sql-injection
        sqlite3_exec(db, "SELECT count(*) FROM \(table);", nil, nil, nil)
    }

    func syncBranches(db: Connection) throws {
        let region = try String(contentsOf: URL(string: "https://api.mfo-credit.example/v1/region")!)
        // ruleid: swift-sql-injection
        try db.execute("DELETE FROM branches WHERE region <> '\(region)'")
        // ok: swift-sql-injection
        try db.run("DELETE FROM branches WHERE region <> ?", region)
        let local = try String(contentsOf: URL(fileURLWithPath: cachePath))
        // ok: swift-sql-injection
        try db.execute("DELETE FROM branches WHERE region <> '\(local)'")
    }

    func filterProducts(names: [String], session: URLSession, request: URLRequest) {
        session.dataTask(with: request) { data, _, _ in
            let category = String(data: data!, encoding: .utf8) ?? ""
            // ruleid: swift-sql-injection
            let predicate = NSPredicate(format: "category == '\(category)'")
            // ok: swift-sql-injection
            let bound = NSPredicate(format: "category == %@", category)
            _ = (predicate, bound)
        }.resume()
    }

    func importRates(db: Connection, url: URL) async throws {
        let (payload, _) = try await URLSession.shared.data(from: url)
        guard let currency = String(data: payload, encoding: .utf8) else { return }
        // ruleid: swift-sql-injection
        try db.execute("UPDATE rates SET active = 0 WHERE currency = '\(currency)'")
        // ok: swift-sql-injection
        try db.run("UPDATE rates SET active = 0 WHERE currency = ?", currency)
    }
}

// Alamofire response handlers.
final class BranchSync {
    func syncRegion(db: Connection, url: URL) {
        AF.request(url).responseJSON { response in
            guard let json = response.value as? [String: Any] else { return }
            let region = json["region"] as? String ?? ""
            // ruleid: swift-sql-injection
            try? db.execute("DELETE FROM branches WHERE region = '\(region)'")
            // ok: swift-sql-injection
            try? db.run("DELETE FROM branches WHERE region = ?", region)
        }
    }

    func syncLimits(db: Connection, url: URL) {
        AF.request(url).responseData { response in
            if let body = response.data {
                let product = String(decoding: body, as: UTF8.self)
                // ruleid: swift-sql-injection
                try? db.execute("UPDATE limits SET product = '\(product)'")
            }
            // ok: swift-sql-injection
            try? db.execute("UPDATE limits SET synced_at = CURRENT_TIMESTAMP")
        }
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
        // ruleid: swift-sql-injection
        sqlite3_exec(db, "DELETE FROM items WHERE key = '\(named)'", nil, nil, nil)
        let whole = self.request.url?.absoluteString ?? ""
        // ruleid: swift-sql-injection
        sqlite3_exec(db, "DELETE FROM items WHERE key = '\(whole)'", nil, nil, nil)
        // ok: swift-sql-injection
        sqlite3_exec(db, "DELETE FROM items", nil, nil, nil)
    }

    func describe() {
        let kept = request.url?.absoluteString ?? ""
        // ok: swift-sql-injection
        sqlite3_exec(db, "DELETE FROM items WHERE key = '\(kept)'", nil, nil, nil)
    }
}

final class BundleSchemeHandler: NSObject, WKURLSchemeHandler {
    func webView(_ webView: WKWebView, start urlSchemeTask: WKURLSchemeTask) {
        let asked = urlSchemeTask.request.url?.path ?? ""
        // ruleid: swift-sql-injection
        sqlite3_exec(db, "DELETE FROM items WHERE key = '\(asked)'", nil, nil, nil)
        // ok: swift-sql-injection
        sqlite3_exec(db, "DELETE FROM items", nil, nil, nil)
    }

    func webView(_ webView: WKWebView, stop urlSchemeTask: any WKURLSchemeTask) {
        // the same task, stopped: its URL was chosen by the page just as well
        let dropped = urlSchemeTask.request.url!.path
        // ruleid: swift-sql-injection
        sqlite3_exec(db, "DELETE FROM items WHERE key = '\(dropped)'", nil, nil, nil)
    }

    func webView(_ webView: WKWebView, decidePolicyFor action: WKNavigationAction) {
        let next = action.request.url?.path ?? ""
        // ok: swift-sql-injection
        sqlite3_exec(db, "DELETE FROM items WHERE key = '\(next)'", nil, nil, nil)
    }
}
