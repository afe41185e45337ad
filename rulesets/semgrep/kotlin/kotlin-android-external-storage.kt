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

    // the app's folders on external storage: readable by other apps holding the storage
    // permission up to Android 9, and by anyone with the device on USB or the card
    fun cacheScoringReport(report: ByteArray): File {
        // ruleid: kotlin-android-external-storage
        val file = File(context.getExternalFilesDir(null), "scoring-report.json")
        file.writeBytes(report)
        return file
    }

    fun cacheIdScan(): File? {
        // ruleid: kotlin-android-external-storage
        val dir = context.externalCacheDir ?: return null
        return File(dir, "id-scan.jpg")
    }

    fun allVolumes(): Array<File> {
        // ruleid: kotlin-android-external-storage
        return context.getExternalFilesDirs(Environment.DIRECTORY_DOCUMENTS)
    }

    fun cachePrivately(): File {
        // ok: kotlin-android-external-storage
        return File(context.cacheDir, "id-scan.jpg")
    }
}

class ContractActivity : android.app.Activity() {
    fun draftFile(): File {
        // ruleid: kotlin-android-external-storage
        return File(getExternalFilesDir(Environment.DIRECTORY_DOCUMENTS), "contract-draft.pdf")
    }

    fun privateDraft(): File {
        // ok: kotlin-android-external-storage
        return File(filesDir, "contract-draft.pdf")
    }
}
