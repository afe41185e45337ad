package demo.lending

import android.app.Activity
import android.content.Context
import android.os.Environment
import java.io.File
import java.io.FileOutputStream

// Files created in the app's own folders on external storage (getExternalFilesDir,
// getExternalCacheDir): other apps holding the storage permission read them up to Android 9, and
// anyone with the device on USB or the card.
class ScoringCache(private val context: Context) {
    fun cacheScoringReport(report: ByteArray): File {
        val dir = context.getExternalFilesDir(null)
        // ruleid: kotlin-android-app-external-storage
        val file = File(dir, "scoring-report.json")
        // ok: kotlin-android-app-external-storage
        FileOutputStream(file).use { it.write(report) }
        return file
    }

    fun cacheIdScan(): File {
        val dir = context.externalCacheDir ?: context.cacheDir
        // ruleid: kotlin-android-app-external-storage
        return File(dir, "id-scan.jpg")
    }

    fun photoFile(): File {
        // ruleid: kotlin-android-app-external-storage
        return File.createTempFile("passport-", ".jpg", context.getExternalFilesDir(Environment.DIRECTORY_PICTURES))
    }

    fun statementStream(name: String): FileOutputStream {
        val path = context.getExternalFilesDir(Environment.DIRECTORY_DOCUMENTS)!!.absolutePath + "/" + name
        // ruleid: kotlin-android-app-external-storage
        return FileOutputStream(path)
    }

    // the folder's path handed to a caller, or its free space: no file is created here
    fun documentsPath(): String? {
        // ok: kotlin-android-app-external-storage
        return context.getExternalFilesDir(null)?.absolutePath
    }

    fun freeSpace(): Long {
        // ok: kotlin-android-app-external-storage
        val dir = context.getExternalFilesDir(null) ?: return 0
        return dir.freeSpace
    }

    fun cachePrivately(): File {
        // ok: kotlin-android-app-external-storage
        return File(context.cacheDir, "id-scan.jpg")
    }
}

class ContractActivity : Activity() {
    fun draftFile(): File {
        // ruleid: kotlin-android-app-external-storage
        return File(getExternalFilesDir(Environment.DIRECTORY_DOCUMENTS), "contract-draft.pdf")
    }

    fun privateDraft(): File {
        // ok: kotlin-android-app-external-storage
        return File(filesDir, "contract-draft.pdf")
    }
}
