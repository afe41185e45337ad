package kz.mfo.app.docs

import android.database.sqlite.SQLiteDatabase
import android.os.Bundle
import androidx.fragment.app.Fragment
import java.io.File

class PaymentSync(private val db: SQLiteDatabase) {
    fun onMessage(extras: Bundle) {
        val loanId = extras.getString("loan_id")
        // ruleid: kotlin-android-bundle-sql-injection
        db.execSQL("UPDATE loans SET synced = 1 WHERE id = '$loanId'")
    }

    fun onOptionalMessage(data: Bundle?) {
        val phone = data?.getString("phone")
        // ruleid: kotlin-android-bundle-sql-injection
        db.rawQuery("SELECT * FROM clients WHERE phone = '" + phone + "'", null)
    }

    fun onBoundMessage(extras: Bundle) {
        val loanId = extras.getString("loan_id")
        // ok: kotlin-android-bundle-sql-injection
        db.execSQL("UPDATE loans SET synced = 1 WHERE id = ?", arrayOf(loanId))
    }

    fun onNumericMessage(extras: Bundle) {
        val count = extras.getString("count")!!.toInt()
        // ok: kotlin-android-bundle-sql-injection
        db.execSQL("DELETE FROM outbox WHERE attempts > $count")
    }

    fun restore(savedInstanceState: Bundle?) {
        val tab = savedInstanceState?.getString("tab")
        // ok: kotlin-android-bundle-sql-injection
        db.execSQL("UPDATE ui SET tab = '$tab'")
    }
}

class StatementFragment : Fragment() {
    private lateinit var db: SQLiteDatabase

    fun showStatement() {
        val contract = arguments?.getString("contract") ?: ""
        // ruleid: kotlin-android-bundle-sql-injection
        val rows = db.rawQuery("SELECT * FROM payments WHERE contract = '$contract'", null)
        val name = requireArguments().getString("file")
        // ruleid: kotlin-android-bundle-path-traversal
        val pdf = File(requireContext().filesDir, name)
        // ok: kotlin-android-bundle-path-traversal
        val own = File(requireContext().filesDir, File(name).name)
        // ok: kotlin-android-bundle-path-traversal
        val fixed = File(requireContext().filesDir, "statement.pdf")
    }

    fun exportTo(extras: Bundle) {
        val target = extras.getString("target")
        // ruleid: kotlin-android-bundle-path-traversal
        requireContext().openFileOutput(target, 0).use { it.write(byteArrayOf(1)) }
        val early = arguments?.getString("contract") ?: return
        // todoruleid: kotlin-android-bundle-sql-injection
        db.execSQL("DELETE FROM drafts WHERE contract = '$early'")
    }

    fun openThroughScopeFunctions(dir: File) {
        arguments?.getString("path")?.let { name ->
            // ruleid: kotlin-android-bundle-path-traversal
            File(dir, name).writeText("draft")
        }
        arguments?.getString("path")?.also {
            // ruleid: kotlin-android-bundle-path-traversal
            File(dir, it).delete()
        }
        requireArguments().getString("contract")?.let {
            // ruleid: kotlin-android-bundle-sql-injection
            db.execSQL("DELETE FROM drafts WHERE contract = '$it'")
        }
        arguments?.getString("path")?.let { name ->
            // ok: kotlin-android-bundle-path-traversal
            File(dir, File(name).name).writeText("draft")
        }
        requireArguments().getString("contract")?.let {
            // ok: kotlin-android-bundle-sql-injection
            db.execSQL("DELETE FROM drafts WHERE contract = ?", arrayOf(it))
        }
        "statement.pdf".let {
            // ok: kotlin-android-bundle-path-traversal
            File(dir, it).writeText("draft")
        }
    }

    fun answerBridge(promise: Promise, extras: Bundle) {
        // ok: kotlin-android-bundle-path-traversal
        promise.resolve(extras.getString("link"))
    }

    // an element-wise function hands each element of an array argument to the lambda
    fun removeEach(dir: File) {
        arguments?.getStringArray("files")?.forEach {
            // ruleid: kotlin-android-bundle-path-traversal
            File(dir, it).delete()
        }
        requireArguments().getStringArrayList("contracts")?.forEach { contract ->
            // ruleid: kotlin-android-bundle-sql-injection
            db.execSQL("DELETE FROM drafts WHERE contract = '$contract'")
        }
        listOf("a.pdf", "b.pdf").forEach {
            // ok: kotlin-android-bundle-path-traversal
            File(dir, it).delete()
        }
    }
}
