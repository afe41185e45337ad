package kz.mfo.loans.mobile

import android.app.Activity
import android.database.sqlite.SQLiteDatabase
import android.os.Bundle
import android.webkit.WebView
import java.io.File
import java.net.URL

class StatementActivity : Activity() {
    private lateinit var db: SQLiteDatabase
    private lateinit var webView: WebView

    fun exportStatement() {
        val name = intent.getStringExtra("file") ?: return
        // ruleid: kotlin-android-intent-extra-after-elvis-exit
        val out = File(filesDir, name)
    }

    fun findLoan() {
        val loanId = intent.getStringExtra("loan_id") ?: throw IllegalArgumentException("no loan")
        // ruleid: kotlin-android-intent-extra-after-elvis-exit
        db.rawQuery("SELECT * FROM loans WHERE id = '" + loanId + "'", null)
    }

    fun openOffer() {
        val page = getIntent().getStringExtra("url") ?: return
        // ruleid: kotlin-android-intent-extra-after-elvis-exit
        webView.loadUrl(page)
    }

    fun runTool() {
        val arg = intent.extras?.getString("arg") ?: return
        // ruleid: kotlin-android-intent-extra-after-elvis-exit
        Runtime.getRuntime().exec("sh -c " + arg)
    }

    fun findLoanBound() {
        val loanId = intent.getStringExtra("loan_id") ?: return
        // ok: kotlin-android-intent-extra-after-elvis-exit
        db.rawQuery("SELECT * FROM loans WHERE id = ?", arrayOf(loanId))
    }

    fun findLoanNumeric() {
        val loanId = intent.getStringExtra("loan_id") ?: return
        // ok: kotlin-android-intent-extra-after-elvis-exit
        db.rawQuery("SELECT * FROM loans WHERE id = " + loanId.toLong(), null)
    }

    fun exportChecked() {
        val name = intent.getStringExtra("file") ?: return
        if (!SAFE_NAME.matches(name)) return
        // ok: kotlin-android-intent-extra-after-elvis-exit
        val out = File(filesDir, name)
    }

    fun exportDefault() {
        // a default value keeps the assignment: the taint rules (kotlin-path-traversal) report it
        val name = intent.getStringExtra("file") ?: "statement.pdf"
        // ok: kotlin-android-intent-extra-after-elvis-exit
        val out = File(filesDir, name)
    }

    fun title() {
        val title = intent.getStringExtra("title") ?: return
        // ok: kotlin-android-intent-extra-after-elvis-exit
        setTitle(title)
    }

    fun dropDraft(arguments: Bundle?) {
        val contract = arguments?.getString("contract") ?: return
        // ruleid: kotlin-android-intent-extra-after-elvis-exit
        db.execSQL("DELETE FROM drafts WHERE contract = '$contract'")
    }

    fun dropDraftBound(arguments: Bundle?) {
        val contract = arguments?.getString("contract") ?: return
        // ok: kotlin-android-intent-extra-after-elvis-exit
        db.execSQL("DELETE FROM drafts WHERE contract = ?", arrayOf(contract))
    }

    companion object {
        private val SAFE_NAME = Regex("^[A-Za-z0-9_.-]{1,64}$")
    }
}
