import android.content.Context;
import android.content.pm.PackageInfo;

public class PluginLoader {
    private final Context ctx;

    PluginLoader(Context ctx) { this.ctx = ctx; }

    void load() throws Exception {
        for (PackageInfo info : ctx.getPackageManager().getInstalledPackages(0)) {
            if (info.packageName.startsWith("com.example.plugin")) {
                // ruleid: java-android-foreign-package-code
                Context other = ctx.createPackageContext(info.packageName, Context.CONTEXT_INCLUDE_CODE | Context.CONTEXT_IGNORE_SECURITY);
                other.getClassLoader().loadClass("com.example.plugin.Entry").getMethod("start").invoke(null);
            }
        }
    }

    Context resources(String name) throws Exception {
        // ok: java-android-foreign-package-code
        return ctx.createPackageContext(name, Context.CONTEXT_RESTRICTED);
    }
}
