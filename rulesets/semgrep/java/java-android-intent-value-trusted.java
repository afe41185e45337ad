import android.app.Activity;
import android.app.IntentService;
import android.app.Service;
import android.content.Intent;
import android.content.SharedPreferences;
import android.net.Uri;
import android.os.Bundle;
import android.os.IBinder;
import java.io.File;
import java.io.FileWriter;
import java.io.IOException;

public class LinkActivity extends Activity {
    private SharedPreferences prefs;
    private ApiConfig config;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        Uri uri = getIntent().getData();
        if (uri != null && "/setup".equals(uri.getPath())) {
            String server = uri.getQueryParameter("server");
            // ruleid: java-android-deeplink-url-as-endpoint
            prefs.edit().putString("base_url", server).apply();
        }
        if (uri != null && "/login".equals(uri.getPath())) {
            // ruleid: java-android-deeplink-url-as-endpoint
            config.setLoginUrl(uri.getQueryParameter("url"));
        }
        if (uri != null && "/offer".equals(uri.getPath())) {
            String offer = uri.getQueryParameter("offer");
            // ok: java-android-deeplink-url-as-endpoint
            prefs.edit().putString("last_offer", offer).apply();
        }
        if (uri != null && "/env".equals(uri.getPath())) {
            String env = uri.getQueryParameter("env");
            if (ALLOWED_HOSTS.contains(Uri.parse(env).getHost())) {
                // ok: java-android-deeplink-url-as-endpoint
                config.setBaseUrl(env);
            }
        }
    }

    // The link's own host is checked, not the address it carries.
    void fromVerifiedLink(Uri link) {
        if ("lending.example.kz".equals(link.getHost())) {
            String api = link.getQueryParameter("api");
            // ruleid: java-android-deeplink-url-as-endpoint
            config.setApiUrl(api);
        }
    }
}

class StatementDumpService extends IntentService {
    StatementDumpService() {
        super("dump");
    }

    @Override
    protected void onHandleIntent(Intent intent) {
        String target = intent.getStringExtra("target");
        try {
            // reported by java-path-traversal-file-operation (intent extras are among its sources)
            // ok: java-android-file-path-from-intent
            FileWriter w = new FileWriter(target);
            w.write(Journal.dump());
            w.close();
        } catch (IOException e) {
            Journal.note(e);
        }
    }
}

class ExportService extends Service {
    @Override
    public int onStartCommand(Intent intent, int flags, int startId) {
        Object where = intent.getExtras().get("file");
        // ruleid: java-android-file-path-from-intent
        File out = new File((String) where);
        Exporter.writeAll(out);
        String name = intent.getStringExtra("name");
        // ok: java-android-file-path-from-intent
        File own = new File(getFilesDir(), "export-" + Integer.parseInt(name) + ".csv");
        Exporter.writeAll(own);
        return START_NOT_STICKY;
    }

    @Override
    public IBinder onBind(Intent intent) {
        return null;
    }
}

class ReportService extends IntentService {
    ReportService() {
        super("report");
    }

    @Override
    protected void onHandleIntent(Intent intent) {
        String label = intent.getStringExtra("label");
        // ok: java-android-file-path-from-intent
        File out = new File(getCacheDir(), "report.txt");
        Exporter.writeLabel(out, label);
    }
}
