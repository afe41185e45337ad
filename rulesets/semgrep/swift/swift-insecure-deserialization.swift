import Foundation

final class DraftStore {
    func load(_ data: Data) -> Any? {
        // ruleid: swift-insecure-deserialization
        return NSKeyedUnarchiver.unarchiveObject(with: data)
    }

    func loadSafe(_ data: Data) throws -> LoanDraft? {
        // ok: swift-insecure-deserialization
        return try NSKeyedUnarchiver.unarchivedObject(ofClass: LoanDraft.self, from: data)
    }

    func loadJSON(_ data: Data) throws -> LoanDraft {
        // ok: swift-insecure-deserialization
        return try JSONDecoder().decode(LoanDraft.self, from: data)
    }
}
