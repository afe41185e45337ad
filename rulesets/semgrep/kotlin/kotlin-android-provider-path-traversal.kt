package kz.mfo.app.providers

import android.content.ContentProvider
import android.content.ContentValues
import android.database.Cursor
import android.net.Uri
import android.os.ParcelFileDescriptor
import androidx.core.content.FileProvider
import java.io.File
import java.io.FileInputStream

// the caller's URI path joined to the app's files directory
class StatementsProvider : ContentProvider() {
    override fun openFile(uri: Uri, mode: String): ParcelFileDescriptor? {
        // ruleid: kotlin-android-provider-path-traversal
        val file = File(context!!.filesDir, uri.path!!)
        return ParcelFileDescriptor.open(file, ParcelFileDescriptor.MODE_READ_ONLY)
    }

    override fun onCreate(): Boolean = true
    override fun query(uri: Uri, p: Array<String>?, s: String?, a: Array<String>?, o: String?): Cursor? = null
    override fun getType(uri: Uri): String? = null
    override fun insert(uri: Uri, values: ContentValues?): Uri? = null
    override fun delete(uri: Uri, s: String?, a: Array<String>?): Int = 0
    override fun update(uri: Uri, v: ContentValues?, s: String?, a: Array<String>?): Int = 0
}

// the path handed to a scope function; the last segment is decoded, so %2F..%2F walks up
class ReceiptsProvider : ContentProvider() {
    override fun openFile(uri: Uri, mode: String): ParcelFileDescriptor? {
        uri.lastPathSegment?.let {
            // ruleid: kotlin-android-provider-path-traversal
            val file = File(context!!.cacheDir, it)
            return ParcelFileDescriptor.open(file, ParcelFileDescriptor.MODE_READ_ONLY)
        }
        return null
    }

    override fun onCreate(): Boolean = true
    override fun query(uri: Uri, p: Array<String>?, s: String?, a: Array<String>?, o: String?): Cursor? = null
    override fun getType(uri: Uri): String? = null
    override fun insert(uri: Uri, values: ContentValues?): Uri? = null
    override fun delete(uri: Uri, s: String?, a: Array<String>?): Int = 0
    override fun update(uri: Uri, v: ContentValues?, s: String?, a: Array<String>?): Int = 0
}

// a query parameter opened as a stream, in a FileProvider subclass
class ExportProvider : FileProvider() {
    override fun openFile(uri: Uri, mode: String): ParcelFileDescriptor? {
        val name = uri.getQueryParameter("name")
        // ruleid: kotlin-android-provider-path-traversal
        val input = FileInputStream(name)
        input.close()
        return super.openFile(uri, mode)
    }
}

// an expression body: the second path segment names the file to open
class StickerProvider : ContentProvider() {
    override fun openFile(uri: Uri, mode: String): ParcelFileDescriptor? = runBlocking {
        val name = uri.pathSegments[1]
        // ruleid: kotlin-android-provider-path-traversal
        val file = File(context!!.filesDir, "stickers/" + name)
        ParcelFileDescriptor.open(file, ParcelFileDescriptor.MODE_READ_ONLY)
    }

    // semgrep's Kotlin translation stops taint at an elvis exit (`?: return ...`)
    override fun openAssetFile(uri: Uri, mode: String): AssetFileDescriptor? = runBlocking {
        val name = uri.pathSegments.getOrNull(1) ?: return@runBlocking null
        // todoruleid: kotlin-android-provider-path-traversal
        val file = File(context!!.filesDir, "stickers/" + name)
        AssetFileDescriptor(ParcelFileDescriptor.open(file, ParcelFileDescriptor.MODE_READ_ONLY), 0, -1)
    }

    override fun onCreate(): Boolean = true
    override fun query(uri: Uri, p: Array<String>?, s: String?, a: Array<String>?, o: String?): Cursor? = null
    override fun getType(uri: Uri): String? = null
    override fun insert(uri: Uri, values: ContentValues?): Uri? = null
    override fun delete(uri: Uri, s: String?, a: Array<String>?): Int = 0
    override fun update(uri: Uri, v: ContentValues?, s: String?, a: Array<String>?): Int = 0
}

// only the file name is kept: no directory part survives
class NameOnlyProvider : ContentProvider() {
    override fun openFile(uri: Uri, mode: String): ParcelFileDescriptor? {
        val name = File(uri.path!!).name
        // ok: kotlin-android-provider-path-traversal
        val file = File(context!!.filesDir, name)
        return ParcelFileDescriptor.open(file, ParcelFileDescriptor.MODE_READ_ONLY)
    }

    override fun onCreate(): Boolean = true
    override fun query(uri: Uri, p: Array<String>?, s: String?, a: Array<String>?, o: String?): Cursor? = null
    override fun getType(uri: Uri): String? = null
    override fun insert(uri: Uri, values: ContentValues?): Uri? = null
    override fun delete(uri: Uri, s: String?, a: Array<String>?): Int = 0
    override fun update(uri: Uri, v: ContentValues?, s: String?, a: Array<String>?): Int = 0
}

// a numeric identifier looked up, not a path
class ByIdProvider : ContentProvider() {
    override fun openFile(uri: Uri, mode: String): ParcelFileDescriptor? {
        val id = uri.lastPathSegment!!.toLong()
        // ok: kotlin-android-provider-path-traversal
        val file = File(context!!.filesDir, "doc-$id.pdf")
        return ParcelFileDescriptor.open(file, ParcelFileDescriptor.MODE_READ_ONLY)
    }

    override fun onCreate(): Boolean = true
    override fun query(uri: Uri, p: Array<String>?, s: String?, a: Array<String>?, o: String?): Cursor? = null
    override fun getType(uri: Uri): String? = null
    override fun insert(uri: Uri, values: ContentValues?): Uri? = null
    override fun delete(uri: Uri, s: String?, a: Array<String>?): Int = 0
    override fun update(uri: Uri, v: ContentValues?, s: String?, a: Array<String>?): Int = 0
}

// the resolved file is checked to stay inside the base directory before it is opened
class CheckedProvider : ContentProvider() {
    override fun openFile(uri: Uri, mode: String): ParcelFileDescriptor {
        val relativePath = uri.lastPathSegment ?: error("no name")
        // ok: kotlin-android-provider-path-traversal
        val target = File(context!!.cacheDir, "exports/$relativePath")
        val base = File(context!!.cacheDir, "exports").canonicalFile
        require(target.canonicalFile.path.startsWith(base.path + File.separator)) { "outside" }
        return ParcelFileDescriptor.open(target, ParcelFileDescriptor.MODE_READ_ONLY)
    }

    override fun onCreate(): Boolean = true
    override fun query(uri: Uri, p: Array<String>?, s: String?, a: Array<String>?, o: String?): Cursor? = null
    override fun getType(uri: Uri): String? = null
    override fun insert(uri: Uri, values: ContentValues?): Uri? = null
    override fun delete(uri: Uri, s: String?, a: Array<String>?): Int = 0
    override fun update(uri: Uri, v: ContentValues?, s: String?, a: Array<String>?): Int = 0
}

// not a provider: a URI the app built itself
class Downloader {
    fun open(uri: Uri, dir: File): File {
        // ok: kotlin-android-provider-path-traversal
        return File(dir, uri.path!!)
    }
}
