import android.app.Activity
import android.app.IntentService
import android.app.Service
import android.content.Intent
import android.content.SharedPreferences
import android.os.Bundle
import android.os.IBinder
import java.io.File
import java.io.FileWriter

class LinkActivity : Activity() {
    private lateinit var prefs: SharedPreferences
    private lateinit var config: ApiConfig

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        val uri = intent.data ?: return
        if (uri.path == "/setup") {
            val server = uri.getQueryParameter("server")
            // ruleid: kotlin-android-deeplink-url-as-endpoint
            prefs.edit().putString("base_url", server).apply()
        }
        if (uri.path == "/login") {
            // ruleid: kotlin-android-deeplink-url-as-endpoint
            config.loginUrl = uri.getQueryParameter("url")
        }
        if (uri.path == "/offer") {
            val offer = uri.getQueryParameter("offer")
            // ok: kotlin-android-deeplink-url-as-endpoint
            prefs.edit().putString("last_offer", offer).apply()
        }
        if (uri.path == "/env") {
            val env = uri.getQueryParameter("env")
            if (Uri.parse(env).host in ALLOWED_HOSTS) {
                // ok: kotlin-android-deeplink-url-as-endpoint
                config.setBaseUrl(env)
            }
        }
    }

    // The link's own host is checked, not the address it carries.
    fun fromVerifiedLink(link: Uri) {
        if (link.host == "lending.example.kz") {
            val api = link.getQueryParameter("api")
            // ruleid: kotlin-android-deeplink-url-as-endpoint
            config.setApiUrl(api)
        }
    }
}

class StatementDumpService : IntentService("dump") {
    override fun onHandleIntent(intent: Intent?) {
        val target = intent?.getStringExtra("target") ?: return
        // ruleid: kotlin-android-file-path-from-intent
        FileWriter(target).use { it.write(Journal.dump()) }
        val copy = intent.getStringExtra("copy")
        // ruleid: kotlin-android-file-path-from-intent
        FileWriter(copy).use { it.write(Journal.dump()) }
    }
}

class ExportService : Service() {
    override fun onStartCommand(intent: Intent, flags: Int, startId: Int): Int {
        val where = intent.extras?.get("file") as String
        // reported by kotlin-path-traversal (intent extras are among its sources)
        // ok: kotlin-android-file-path-from-intent
        val out = File(where)
        Exporter.writeAll(out)
        val name = intent.getStringExtra("name")
        // ok: kotlin-android-file-path-from-intent
        val own = File(filesDir, "export-${name?.toInt()}.csv")
        Exporter.writeAll(own)
        return START_NOT_STICKY
    }

    override fun onBind(intent: Intent): IBinder? = null
}

class ReportService : IntentService("report") {
    override fun onHandleIntent(intent: Intent?) {
        val label = intent?.getStringExtra("label")
        // ok: kotlin-android-file-path-from-intent
        val out = File(cacheDir, "report.txt")
        Exporter.writeLabel(out, label)
    }
}
