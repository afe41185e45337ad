import SQLite3

final class LocalStore {
    var db: OpaquePointer?

    func deleteDraft(id: String) {
        // ruleid: swift-sql-string-concat
        sqlite3_exec(db, "DELETE FROM drafts WHERE id = '\(id)';", nil, nil, nil)
    }

    func deleteDraftSafe(id: String) {
        var stmt: OpaquePointer?
        // ok: swift-sql-string-concat
        sqlite3_prepare_v2(db, "DELETE FROM drafts WHERE id = ?;", -1, &stmt, nil)
        sqlite3_bind_text(stmt, 1, id, -1, nil)
    }

    func run(_ sql: String) {
        // ok: swift-sql-string-concat
        sqlite3_exec(db, sql, nil, nil, nil)
    }
}
