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
}
