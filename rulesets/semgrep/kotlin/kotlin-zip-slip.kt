package kz.mfo.loans.documents

import java.io.File
import java.io.FileOutputStream
import java.io.InputStream
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths
import java.util.zip.ZipFile
import java.util.zip.ZipInputStream

class ContractArchiveImport(private val destDir: File) {

    fun unpackStream(input: InputStream) {
        ZipInputStream(input).use { zis ->
            var entry = zis.nextEntry
            while (entry != null) {
                val target = File(destDir, entry.name)
                // ruleid: kotlin-zip-slip
                FileOutputStream(target).use { out -> zis.copyTo(out) }
                entry = zis.nextEntry
            }
        }
    }

    fun unpackFile(archive: File) {
        ZipFile(archive).use { zip ->
            for (entry in zip.entries()) {
                val target = File(destDir, entry.name)
                // ruleid: kotlin-zip-slip
                target.outputStream().use { out -> zip.getInputStream(entry).copyTo(out) }
            }
        }
    }

    fun unpackToPath(archive: File, dest: Path) {
        ZipFile(archive).use { zip ->
            val entry = zip.getEntry("scan.pdf")
            val target = dest.resolve(entry.getName())
            // ruleid: kotlin-zip-slip
            Files.copy(zip.getInputStream(entry), target)
        }
    }

    fun unpackChecked(input: InputStream) {
        ZipInputStream(input).use { zis ->
            var entry = zis.nextEntry
            while (entry != null) {
                val target = File(destDir, entry.name)
                if (!target.canonicalPath.startsWith(destDir.canonicalPath + File.separator)) {
                    throw SecurityException("entry outside the destination: ${entry.name}")
                }
                // ok: kotlin-zip-slip
                FileOutputStream(target).use { out -> zis.copyTo(out) }
                entry = zis.nextEntry
            }
        }
    }

    fun unpackNormalized(archive: File, dest: Path) {
        ZipFile(archive).use { zip ->
            for (entry in zip.entries()) {
                val target = dest.resolve(entry.name).normalize()
                require(target.startsWith(dest)) { "entry outside the destination" }
                // ok: kotlin-zip-slip
                Files.copy(zip.getInputStream(entry), target)
            }
        }
    }

    fun unpackFlat(input: InputStream) {
        ZipInputStream(input).use { zis ->
            var entry = zis.nextEntry
            while (entry != null) {
                val target = File(destDir, File(entry.name).name)
                // ok: kotlin-zip-slip
                FileOutputStream(target).use { out -> zis.copyTo(out) }
                entry = zis.nextEntry
            }
        }
    }

    fun listNames(archive: File): List<String> {
        ZipFile(archive).use { zip ->
            // ok: kotlin-zip-slip
            return zip.entries().toList().map { it.name }
        }
    }
}

// a nullable receiver: a safe call (`?.`) is a pattern of its own

class NullableUnzipper(private val destDir: File) {
    fun unpack(zis: ZipInputStream?) {
        var entry = zis?.nextEntry
        while (entry != null) {
            val target: File? = File(destDir, entry.name)
            // ruleid: kotlin-zip-slip
            target?.outputStream()?.use { out -> zis?.copyTo(out) }
            // ok: kotlin-zip-slip
            target?.exists()
            val flat: File? = File(destDir, entry.name.substringAfterLast('/'))
            // ok: kotlin-zip-slip
            flat?.outputStream()?.use { out -> zis?.copyTo(out) }
            entry = zis?.nextEntry
        }
    }
}
