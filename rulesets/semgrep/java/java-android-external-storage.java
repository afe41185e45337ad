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
}
