package demo.lending;

import android.content.Context;
import android.os.Environment;
import androidx.core.content.ContextCompat;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;

// Files created in the app's own folders on external storage (getExternalFilesDir,
// getExternalCacheDir): other apps holding the storage permission read them up to Android 9, and
// anyone with the device on USB or the card.
public class ScoringCache {
    File cacheScoringReport(Context context) {
        File dir = context.getExternalFilesDir(null);
        // ruleid: java-android-app-external-storage
        return new File(dir, "scoring-report.json");
    }

    void writeScoringReport(Context context, byte[] report) throws IOException {
        // ruleid: java-android-app-external-storage
        File file = new File(context.getExternalFilesDir(null), "scoring-report.json");
        // ok: java-android-app-external-storage
        FileOutputStream out = new FileOutputStream(file);
        out.write(report);
        out.close();
    }

    File cacheIdScan(Context context) {
        // ruleid: java-android-app-external-storage
        return new File(context.getExternalCacheDir(), "/temp/" + System.currentTimeMillis() + ".jpg");
    }

    File passportPhoto(Context context) throws IOException {
        File path = context.getExternalFilesDir(Environment.DIRECTORY_PICTURES);
        // ruleid: java-android-app-external-storage
        return File.createTempFile("passport-", ".jpg", path);
    }

    FileOutputStream statementStream(Context context, String name) throws IOException {
        String path = context.getExternalFilesDir(Environment.DIRECTORY_DOCUMENTS).getAbsolutePath() + "/" + name;
        // ruleid: java-android-app-external-storage
        return new FileOutputStream(path);
    }

    // the folders' paths handed to a caller, their free space: no file is created here
    String documentsPath(Context context) {
        // ok: java-android-app-external-storage
        return context.getExternalFilesDir(null).getAbsolutePath();
    }

    long freeSpace(Context context) {
        // ok: java-android-app-external-storage
        File dir = context.getExternalFilesDir(null);
        return dir == null ? 0 : dir.getFreeSpace();
    }

    File[] volumes(Context context) {
        // ok: java-android-app-external-storage
        return ContextCompat.getExternalFilesDirs(context, null);
    }

    File cachePrivately(Context context) {
        // ok: java-android-app-external-storage
        return new File(context.getCacheDir(), "id-scan.jpg");
    }
}
