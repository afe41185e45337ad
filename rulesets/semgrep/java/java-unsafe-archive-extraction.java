package kz.mfo.imports;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

public class StatementImporter {
    public void unzip(InputStream in, File dest) throws Exception {
        ZipInputStream zis = new ZipInputStream(in);
        ZipEntry entry;
        while ((entry = zis.getNextEntry()) != null) {
            // ruleid: java-unsafe-archive-extraction
            File out = new File(dest, entry.getName());
            Files.copy(zis, out.toPath());
        }
    }

    public void unzipSafe(InputStream in, File dest) throws Exception {
        ZipInputStream zis = new ZipInputStream(in);
        ZipEntry entry;
        String base = dest.getCanonicalPath() + File.separator;
        while ((entry = zis.getNextEntry()) != null) {
            // ok: java-unsafe-archive-extraction
            File out = new File(dest, entry.getName());
            if (!out.getCanonicalPath().startsWith(base)) {
                throw new SecurityException("bad entry");
            }
            Files.copy(zis, out.toPath());
        }
    }

    // a jar's entries (JarEntry is a ZipEntry) and a commons-compress entry resolved on a Path
    public void unpackPlugin(java.util.jar.JarFile jar, File dest, Path root) throws Exception {
        java.util.Enumeration<java.util.jar.JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
            java.util.jar.JarEntry entry = entries.nextElement();
            // ruleid: java-unsafe-archive-extraction
            File out = new File(dest, entry.getName());
            Files.copy(jar.getInputStream(entry), out.toPath());
        }
    }

    public void unpackTar(TarArchiveEntry entry, Path root, JarEntry jarEntry) throws Exception {
        // ruleid: java-unsafe-archive-extraction
        Path target = root.resolve(entry.getName());
        // ruleid: java-unsafe-archive-extraction
        Path other = root.resolve(jarEntry.getName());
        // a fixed name, not the entry's
        // ok: java-unsafe-archive-extraction
        Path fixed = root.resolve("manifest.json");
    }
}
