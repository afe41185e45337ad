import android.content.Context
import android.os.Environment
import dalvik.system.DexClassLoader
import dalvik.system.PathClassLoader
import java.io.File

class PluginLoader(private val ctx: Context) {
    fun load(name: String) {
        // ruleid: kotlin-android-code-loading-external
        val fixed = DexClassLoader("/sdcard/plugin.apk", ctx.codeCacheDir.path, null, javaClass.classLoader)
        // ruleid: kotlin-android-code-loading-external
        val direct = PathClassLoader(Environment.getExternalStorageDirectory().absolutePath + "/p.apk", javaClass.classLoader)
        val apk = Environment.getExternalStorageDirectory().absolutePath + "/" + name
        // ruleid: kotlin-android-code-loading-external
        val built = PathClassLoader(apk, javaClass.classLoader)
        // ruleid: kotlin-android-code-loading-external
        val ext = DexClassLoader("${ctx.getExternalFilesDir(null)}/p.dex", null, null, javaClass.classLoader)
        val inApp = File(ctx.codeCacheDir, "p.dex")
        // ok: kotlin-android-code-loading-external
        val internal = DexClassLoader(inApp.path, null, null, javaClass.classLoader)
        // ok: kotlin-android-code-loading-external
        val own = PathClassLoader(ctx.applicationInfo.sourceDir, javaClass.classLoader)
    }
}
