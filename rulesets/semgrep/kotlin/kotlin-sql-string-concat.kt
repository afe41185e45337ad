package kz.mfo.app.data

import android.content.Context
import android.database.Cursor
import android.database.sqlite.SQLiteDatabase
import android.database.sqlite.SQLiteOpenHelper
import org.springframework.jdbc.core.JdbcTemplate
import org.springframework.stereotype.Service

class LoanDbHelper(context: Context) : SQLiteOpenHelper(context, "loans.db", null, 2) {

    override fun onCreate(db: SQLiteDatabase) {
        // ok: kotlin-sql-string-concat
        db.execSQL("CREATE TABLE loans (id INTEGER PRIMARY KEY, iin TEXT, status TEXT)")
    }

    override fun onUpgrade(db: SQLiteDatabase, oldVersion: Int, newVersion: Int) {
        // ok: kotlin-sql-string-concat
        db.execSQL("DROP TABLE IF EXISTS loans")
        onCreate(db)
    }

    fun loansFor(iin: String, status: String): Cursor {
        return readableDatabase.rawQuery(
            // ruleid: kotlin-sql-string-concat
            "SELECT id, amount FROM loans WHERE iin = '" + iin + "' AND status = '" + status + "'",
            null
        )
    }

    fun byStatus(status: String?): Cursor {
        val sql = "SELECT * FROM loans WHERE status = '$status'"
        // ruleid: kotlin-sql-string-concat
        return readableDatabase.rawQuery(sql, null)
    }

    fun byIin(iin: String): Cursor =
        // ok: kotlin-sql-string-concat
        readableDatabase.rawQuery("SELECT * FROM loans WHERE iin = ?", arrayOf(iin))

    fun deleteLoan(id: String) {
        val loanId = id.toLong()
        // ok: kotlin-sql-string-concat
        writableDatabase.execSQL("DELETE FROM loans WHERE id = $loanId")
    }

    fun sorted(order: String): Cursor {
        val column = SORT_COLUMNS.getValue(order)
        // ok: kotlin-sql-string-concat
        return readableDatabase.rawQuery("SELECT * FROM loans ORDER BY $column", null)
    }

    // a generic runner: the query is the caller's constant
    // ok: kotlin-sql-string-concat
    fun run(sql: String) = writableDatabase.execSQL(sql)

    companion object {
        private val SORT_COLUMNS = mapOf("amount" to "amount", "date" to "issued_at")
    }
}

@Service
class OverdueService(private val jdbc: JdbcTemplate) {
    fun byRegion(region: String, minDays: Int): List<Map<String, Any>> =
        jdbc.queryForList(
            // ruleid: kotlin-sql-string-concat
            "SELECT loan_id FROM overdue_loans WHERE region = '" + region + "' AND overdue_days >= " + minDays
        )

    fun byRegionSafe(region: String, minDays: Int): List<Map<String, Any>> =
        // ok: kotlin-sql-string-concat
        jdbc.queryForList("SELECT loan_id FROM overdue_loans WHERE region = ? AND overdue_days >= ?", region, minDays)
}

class Diagnostics {
    fun ping(host: String) {
        // ok: kotlin-sql-string-concat
        Runtime.getRuntime().exec(arrayOf("sh", "-c", "ping -c 1 " + host))
    }

    fun convert(name: String) {
        val runtime = Runtime.getRuntime()
        // ok: kotlin-sql-string-concat
        runtime.exec("bash -c convert " + name)
    }

    fun purge(tx: Transaction, table: String) {
        // ruleid: kotlin-sql-string-concat
        tx.exec("DELETE FROM " + table + " WHERE archived = 1")
    }
}

// a field injected after construction is nullable: the receiver is written with a not-null
// assertion (`!!`) or a safe call (`?.`)
@Repository
class ClientLookup {
    @Autowired
    internal var jdbcTemplate: JdbcTemplate? = null
    private var statement: java.sql.Statement? = null
    private var db: SQLiteDatabase? = null

    fun byName(name: String): List<Map<String, Any>> =
        // ruleid: kotlin-sql-string-concat
        jdbcTemplate!!.queryForList("SELECT * FROM clients WHERE name = '" + name + "'")

    fun byNameOrNull(name: String): List<Map<String, Any>>? =
        // ruleid: kotlin-sql-string-concat
        jdbcTemplate?.queryForList("SELECT * FROM clients WHERE name = '$name'")

    fun archive(table: String) {
        // ruleid: kotlin-sql-string-concat
        this.jdbcTemplate!!.update("UPDATE " + table + " SET archived = 1")
        // ruleid: kotlin-sql-string-concat
        statement?.executeUpdate("DELETE FROM " + table)
        // ruleid: kotlin-sql-string-concat
        statement!!.execute("DELETE FROM " + table)
        // ruleid: kotlin-sql-string-concat
        db?.execSQL("DELETE FROM " + table)
    }

    fun byNameSafe(name: String): List<Map<String, Any>>? {
        // ok: kotlin-sql-string-concat
        jdbcTemplate!!.queryForList("SELECT * FROM clients WHERE name = ?", name)
        // ok: kotlin-sql-string-concat
        return jdbcTemplate?.queryForList("SELECT * FROM clients WHERE name = ?", name)
    }

    fun names(names: List<String>) {
        // ok: kotlin-sql-string-concat
        names!!.filter("SELECT" + names)
    }
}
