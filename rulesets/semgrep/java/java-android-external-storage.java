package demo.lending;

import android.content.Context;
import android.os.Environment;
import java.io.File;

public class StatementExport {
    File exportStatement(Context context) {
        // ruleid: java-android-external-storage
        File dir = Environment.getExternalStorageDirectory();
        return new File(dir, "statement.pdf");
    }

    File keepPrivately(Context context) {
        // ok: java-android-external-storage
        File dir = context.getFilesDir();
        return new File(dir, "statement.pdf");
    }

    // the app's folders on external storage: readable by other apps holding the storage
    // permission up to Android 9, and by anyone with the device on USB or the card
    File cacheScoringReport(Context context) {
        // ruleid: java-android-external-storage
        File dir = context.getExternalFilesDir(null);
        return new File(dir, "scoring-report.json");
    }

    File cacheIdScan(Context context) {
        // ruleid: java-android-external-storage
        return new File(context.getExternalCacheDir(), "id-scan.jpg");
    }

    File[] allVolumes(Context context) {
        // ruleid: java-android-external-storage
        return ContextCompat.getExternalFilesDirs(context, Environment.DIRECTORY_DOCUMENTS);
    }

    File cachePrivately(Context context) {
        // ok: java-android-external-storage
        return new File(context.getCacheDir(), "id-scan.jpg");
    }
}
