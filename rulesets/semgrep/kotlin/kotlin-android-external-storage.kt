package demo.lending

import android.content.Context
import android.os.Environment
import java.io.File

class StatementExport(private val context: Context) {
    fun exportStatement(): File {
        // ruleid: kotlin-android-external-storage
        val dir = Environment.getExternalStoragePublicDirectory(Environment.DIRECTORY_DOWNLOADS)
        return File(dir, "statement.pdf")
    }

    fun keepPrivately(): File {
        // ok: kotlin-android-external-storage
        return File(context.filesDir, "statement.pdf")
    }
}
