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
}
