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
