import android.content.Context;
import android.os.Environment;
import dalvik.system.DexClassLoader;
import dalvik.system.PathClassLoader;
import java.io.File;

public class PluginLoader {
    void load(Context ctx, String name) throws Exception {
        // ruleid: java-android-code-loading-external
        DexClassLoader fixed = new DexClassLoader("/sdcard/plugin.apk", ctx.getCodeCacheDir().getPath(), null, getClass().getClassLoader());
        // ruleid: java-android-code-loading-external
        PathClassLoader direct = new PathClassLoader(Environment.getExternalStorageDirectory().getAbsolutePath() + "/p.apk", getClass().getClassLoader());
        String apk = Environment.getExternalStorageDirectory().getAbsolutePath() + "/" + name;
        // ruleid: java-android-code-loading-external
        PathClassLoader built = new PathClassLoader(apk, getClass().getClassLoader());
        // ruleid: java-android-code-loading-external
        DexClassLoader ext = new DexClassLoader(ctx.getExternalFilesDir(null) + "/p.dex", null, null, getClass().getClassLoader());
        File inApp = new File(ctx.getCodeCacheDir(), "p.dex");
        // ok: java-android-code-loading-external
        DexClassLoader internal = new DexClassLoader(inApp.getPath(), null, null, getClass().getClassLoader());
        // ok: java-android-code-loading-external
        PathClassLoader own = new PathClassLoader(ctx.getApplicationInfo().sourceDir, getClass().getClassLoader());
    }
}
