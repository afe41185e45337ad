package kz.mfo.files;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

public class Exporter {
    public void export(Path p, File f) throws Exception {
        // ruleid: java-world-writable-permissions
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxrwxrwx"));
        // ok: java-world-writable-permissions
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
        // ruleid: java-world-writable-permissions
        f.setWritable(true, false);
        // ok: java-world-writable-permissions
        f.setWritable(true, true);
        // ruleid: java-world-writable-permissions
        File report = new File("/tmp/report.csv");
        // ok: java-world-writable-permissions
        Path tmp = Files.createTempFile("report", ".csv");
    }
}
