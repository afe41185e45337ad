import android.content.Context

class PluginLoader(private val ctx: Context) {
    fun loadPlugins() {
        for (info in ctx.packageManager.getInstalledPackages(0)) {
            if (info.packageName.startsWith("com.example.plugin")) {
                // ruleid: kotlin-android-foreign-package-code
                val other = ctx.createPackageContext(info.packageName, Context.CONTEXT_INCLUDE_CODE or Context.CONTEXT_IGNORE_SECURITY)
                other.classLoader.loadClass("com.example.plugin.Entry").getMethod("start").invoke(null)
            }
        }
    }

    fun codeOnly(name: String): ClassLoader {
        // ruleid: kotlin-android-foreign-package-code
        return ctx.createPackageContext(name, Context.CONTEXT_INCLUDE_CODE).classLoader
    }

    fun resourcesOnly(name: String) {
        // ok: kotlin-android-foreign-package-code
        val other = ctx.createPackageContext(name, 0)
        other.resources.getString(1)
    }

    fun restricted(name: String) {
        // ok: kotlin-android-foreign-package-code
        val other = ctx.createPackageContext(name, Context.CONTEXT_RESTRICTED)
    }
}
