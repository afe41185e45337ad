package kz.mfo.documents;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.springframework.web.multipart.MultipartFile;

public class ScanImport {
    public void unpack(InputStream in, Path dest) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path target = dest.resolve(entry.getName());
                // ruleid: java-path-traversal-file-operation
                Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    public void unpackWhile(InputStream in, Path dest) throws IOException {
        ZipInputStream zip = new ZipInputStream(in);
        ZipEntry entry;
        while ((entry = zip.getNextEntry()) != null) {
            String name = entry.getName();
            // ruleid: java-path-traversal-file-operation
            try (FileOutputStream out = new FileOutputStream(dest.resolve(name).toFile())) {
                zip.transferTo(out);
            }
        }
    }

    public void unpackChecked(InputStream in, Path dest) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path target = dest.resolve(entry.getName()).normalize();
                if (!target.startsWith(dest.normalize())) {
                    throw new IOException("entry outside the folder: " + entry.getName());
                }
                // ok: java-path-traversal-file-operation
                Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    public void store(MultipartFile upload, Path folder) throws IOException {
        Path target = folder.resolve(upload.getOriginalFilename());
        // ruleid: java-path-traversal-file-operation
        Files.write(target, upload.getBytes());
    }

    public void storeUnderOwnName(MultipartFile upload, Path folder) throws IOException {
        Path target = folder.resolve(UUID.randomUUID() + ".pdf");
        // ok: java-path-traversal-file-operation
        Files.write(target, upload.getBytes());
    }

    public void storeLastComponent(MultipartFile upload, Path folder) throws IOException {
        Path name = Path.of(upload.getOriginalFilename()).getFileName();
        // ok: java-path-traversal-file-operation
        Files.write(folder.resolve(name), upload.getBytes());
    }

    public void saveAttachment(android.content.Intent intent, Path dir) throws IOException {
        String name = intent.getStringExtra("attachment");
        // ruleid: java-path-traversal-file-operation
        Files.write(dir.resolve(name), new byte[0]);
        // ok: java-path-traversal-file-operation
        Files.write(dir.resolve("attachment.bin"), new byte[0]);
    }

    public void unpackSkipping(InputStream in, Path dest) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                Path target = dest.resolve(entry.getName());
                if (!target.normalize().startsWith(dest.normalize())) {
                    continue;
                }
                // ok: java-path-traversal-file-operation
                Files.createDirectories(target.getParent());
                // ok: java-path-traversal-file-operation
                Files.copy(zip, target);
            }
        }
    }
}
