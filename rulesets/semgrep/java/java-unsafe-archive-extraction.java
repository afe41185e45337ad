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
}
