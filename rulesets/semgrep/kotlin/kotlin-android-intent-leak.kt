import android.app.Activity
import android.content.Context
import android.content.Intent
import android.net.Uri
import android.os.Environment
import java.io.File
import java.io.FileOutputStream

class RepaymentActivity : Activity() {
    private lateinit var session: Session
    private lateinit var creds: Credentials

    override fun onActivityResult(requestCode: Int, resultCode: Int, data: Intent?) {
        super.onActivityResult(requestCode, resultCode, data)
        if (requestCode == PICK_BANK && resultCode == RESULT_OK) {
            // ruleid: kotlin-android-result-returns-foreign-result
            setResult(resultCode, data)
            finish()
        }
    }

    fun relayCopy(answer: Intent) {
        val copy = Intent(answer)
        // ruleid: kotlin-android-result-returns-foreign-result
        setResult(RESULT_OK, copy)
    }

    private val bankPicker = registerForActivityResult(StartActivityForResult()) { result ->
        // ruleid: kotlin-android-result-returns-foreign-result
        setResult(RESULT_OK, result.data)
    }

    fun answerOwn(bankId: String) {
        val out = Intent().putExtra("bank_id", bankId)
        // ok: kotlin-android-result-returns-foreign-result
        setResult(RESULT_OK, out)
    }

    fun shareSession() {
        val i = Intent("kz.lending.action.SESSION_READY")
        // ruleid: kotlin-android-secret-value-in-implicit-intent
        i.putExtra("payload", session.getAccessToken())
        sendBroadcast(i)
    }

    fun shareLogin() {
        val i = Intent("kz.lending.action.LOGIN_DONE")
        // ruleid: kotlin-android-secret-value-in-implicit-intent
        i.putExtra("data", creds.password)
        sendBroadcast(i)
    }

    fun openPortal() {
        val token = session.accessToken
        val i = Intent("kz.lending.action.PORTAL")
        // ruleid: kotlin-android-secret-value-in-implicit-intent
        i.putExtra("url", "https://portal.example.kz/?t=$token")
        startActivity(i)
    }

    fun openPortalExplicit() {
        val i = Intent("kz.lending.action.PORTAL")
        i.setPackage(packageName)
        // ok: kotlin-android-secret-value-in-implicit-intent
        i.putExtra("payload", session.getAccessToken())
        startActivity(i)
    }

    fun openOwnScreen() {
        val i = Intent(this, PortalActivity::class.java)
        // ok: kotlin-android-secret-value-in-implicit-intent
        i.putExtra("payload", session.getAccessToken())
        startActivity(i)
    }

    fun announceSchedule(loanId: String) {
        val i = Intent("kz.lending.action.SCHEDULE")
        // ok: kotlin-android-secret-value-in-implicit-intent
        i.putExtra("loan", loanId)
        sendBroadcast(i)
    }

    fun shareNamed() {
        val i = Intent("kz.lending.action.LOGIN_DONE")
        // ok: kotlin-android-secret-value-in-implicit-intent
        i.putExtra("password", creds.password)
        sendBroadcast(i)
    }

    fun shareUnderConstant() {
        val i = Intent("kz.lending.action.LOGIN_DONE")
        // ruleid: kotlin-android-secret-value-in-implicit-intent
        i.putExtra(EXTRA_PAYLOAD, creds.password)
        sendBroadcast(i)
    }

    fun shareTokenCount() {
        val i = Intent("kz.lending.action.STATS")
        // ok: kotlin-android-secret-value-in-implicit-intent
        i.putExtra("count", session.getTokenCount())
        sendBroadcast(i)
    }
}

object StatementImport {
    fun copyPicked(context: Context, picked: Uri): File {
        val out = File(context.getExternalFilesDir(null), "statement.pdf")
        // ruleid: kotlin-android-picked-uri-to-external-storage
        context.contentResolver.openInputStream(picked)?.use { input ->
            FileOutputStream(out).use { input.copyTo(it) }
        }
        return out
    }

    fun copyToPublic(context: Context, data: Intent): File {
        val dir = Environment.getExternalStorageDirectory()
        // ruleid: kotlin-android-picked-uri-to-external-storage
        val input = context.contentResolver.openInputStream(data.data!!)
        FileOutputStream(File(dir, "scan.jpg")).use { input!!.copyTo(it) }
        return dir
    }

    fun copyToCache(context: Context, picked: Uri): File {
        val out = File(context.externalCacheDir, "receipt.jpg")
        // ruleid: kotlin-android-picked-uri-to-external-storage
        context.contentResolver.openInputStream(picked)?.use { input ->
            FileOutputStream(out).use { input.copyTo(it) }
        }
        return out
    }

    fun copyPrivate(context: Context, picked: Uri): File {
        val out = File(context.filesDir, "statement.pdf")
        // ok: kotlin-android-picked-uri-to-external-storage
        context.contentResolver.openInputStream(picked)?.use { input ->
            FileOutputStream(out).use { input.copyTo(it) }
        }
        return out
    }

    fun copyChecked(context: Context, picked: Uri): File {
        if (picked.scheme != "content" || picked.authority == context.packageName) {
            throw SecurityException("own files")
        }
        val out = File(context.externalCacheDir, "statement.pdf")
        // ok: kotlin-android-picked-uri-to-external-storage
        context.contentResolver.openInputStream(picked)?.use { input ->
            FileOutputStream(out).use { input.copyTo(it) }
        }
        return out
    }
}
