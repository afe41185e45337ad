package demo.lending

import android.database.sqlite.SQLiteDatabase
import android.widget.EditText

class ClientSearchActivity : AppCompatActivity() {
    private var db: SQLiteDatabase? = null

    fun findByIin(iinField: EditText) {
        val query: String = "SELECT * FROM clients WHERE iin='" + iinField.text.toString() + "'"
        // ruleid: kotlin-android-sql-from-input
        val rows = this.db!!.rawQuery(query, null)
        // ok: kotlin-android-sql-from-input
        val safe = db?.rawQuery("SELECT * FROM clients WHERE iin = ?", arrayOf(iinField.text.toString()))
    }

    fun saveNote(noteField: EditText) {
        // ruleid: kotlin-android-sql-from-input
        db?.execSQL("INSERT INTO notes(body) VALUES('${noteField.text.toString()}')")
        // ok: kotlin-android-sql-from-input
        db?.execSQL("INSERT INTO notes(body) VALUES(?)", arrayOf(noteField.text.toString()))
    }

    fun openFromLink() {
        val loanId = intent.getStringExtra("loan_id")
        // ruleid: kotlin-android-sql-from-input
        db?.rawQuery("SELECT * FROM loans WHERE id = " + loanId, null)
        val numericId = intent.getStringExtra("loan_id")!!.toLong()
        // ok: kotlin-android-sql-from-input
        db?.rawQuery("SELECT * FROM loans WHERE id = " + numericId, null)
        val status = "ACTIVE"
        // ok: kotlin-android-sql-from-input
        db?.rawQuery("SELECT * FROM loans WHERE status = '" + status + "'", null)
    }

    fun openThroughScopeFunctions() {
        intent.getStringExtra("loan_id")?.let {
            // ruleid: kotlin-android-sql-from-input
            db?.rawQuery("SELECT * FROM loans WHERE id = " + it, null)
        }
        intent.getStringExtra("phone")?.let { phone ->
            // ruleid: kotlin-android-sql-from-input
            db?.rawQuery("SELECT * FROM clients WHERE phone = '$phone'", null)
        }
        intent.getStringExtra("draft")?.also {
            // ruleid: kotlin-android-sql-from-input
            db?.execSQL("DELETE FROM drafts WHERE id = '" + it + "'")
        }
        intent.getStringExtra("note")?.run {
            // ruleid: kotlin-android-sql-from-input
            db?.execSQL("INSERT INTO notes(body) VALUES('" + this + "')")
        }
        intent.getStringExtra("loan_id")?.let {
            // ok: kotlin-android-sql-from-input
            db?.rawQuery("SELECT * FROM loans WHERE id = ?", arrayOf(it))
        }
        intent.getStringExtra("loan_id")?.let { id ->
            // ok: kotlin-android-sql-from-input
            db?.rawQuery("SELECT * FROM loans WHERE id = " + id.toLong(), null)
        }
        intent.getStringExtra("draft")?.run {
            // ok: kotlin-android-sql-from-input
            db?.execSQL("DELETE FROM drafts WHERE id = ?", arrayOf(this))
        }
        with(intent.getStringExtra("draft")) {
            // ruleid: kotlin-android-sql-from-input
            db?.execSQL("DELETE FROM drafts WHERE id = '" + this + "'")
        }
        with("ACTIVE") {
            // ok: kotlin-android-sql-from-input
            db?.rawQuery("SELECT * FROM loans WHERE status = '" + this + "'", null)
        }
        "ACTIVE".let {
            // ok: kotlin-android-sql-from-input
            db?.rawQuery("SELECT * FROM loans WHERE status = '" + it + "'", null)
        }
    }

    // an element-wise function hands each element of an array extra to the lambda
    fun deleteEach() {
        intent.getStringArrayExtra("ids")?.forEach {
            // ruleid: kotlin-android-sql-from-input
            db?.execSQL("DELETE FROM drafts WHERE id = '" + it + "'")
        }
        intent.getStringArrayExtra("ids")?.map { id ->
            // ruleid: kotlin-android-sql-from-input
            db?.rawQuery("SELECT * FROM loans WHERE id = " + id, null)
        }
        intent.getStringArrayExtra("ids")?.forEach {
            // ok: kotlin-android-sql-from-input
            db?.execSQL("DELETE FROM drafts WHERE id = ?", arrayOf(it))
        }
        listOf("ACTIVE", "CLOSED").forEach {
            // ok: kotlin-android-sql-from-input
            db?.rawQuery("SELECT * FROM loans WHERE status = '" + it + "'", null)
        }
    }
}
