import android.app.Activity;
import android.content.BroadcastReceiver;
import android.content.Context;
import android.content.Intent;
import android.database.Cursor;
import android.net.Uri;
import android.os.Bundle;
import android.os.Parcelable;

import java.io.InputStream;

import dalvik.system.DexClassLoader;

public class RelayReceiver extends BroadcastReceiver {
    @Override
    public void onReceive(Context context, Intent intent) {
        forward(context, intent);
        relayParcel(context, intent);
    }

    private void forward(Context ctx, Intent received) {
        String uri = received.getStringExtra("next_uri");
        if (uri == null) return;
        try {
            Intent next = Intent.parseUri(uri, Intent.URI_INTENT_SCHEME);
            next.addFlags(Intent.FLAG_ACTIVITY_NEW_TASK);
            // ruleid: java-android-intent-redirection-parsed
            ctx.startActivity(next);
        } catch (Exception e) {
            return;
        }
    }

    private void relayParcel(Context ctx, Intent received) {
        Intent next = null;
        Parcelable p = received.getParcelableExtra("next");
        if (p instanceof Intent) next = (Intent) p;
        if (next == null) {
            String s = received.getStringExtra("next_uri");
            if (s != null) {
                try { next = Intent.parseUri(s, 0); }
                catch (Exception e) { return; }
            }
        }
        if (next == null) return;
        // ruleid: java-android-intent-redirection-parsed
        ctx.sendBroadcast(next);
    }
}

class LinkActivity extends Activity {
    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        String link = getIntent().getDataString();
        try {
            Intent target = Intent.parseUri(link, Intent.URI_INTENT_SCHEME);
            // ruleid: java-android-intent-redirection-parsed
            startActivity(target);
        } catch (Exception e) {
            finish();
        }
    }

    void browsableOnly(String link) throws Exception {
        // the documented safe handling of an intent:// link: a browsable activity of any app,
        // never a named component or selector
        Intent target = Intent.parseUri(getIntent().getDataString(), Intent.URI_INTENT_SCHEME);
        target.addCategory(Intent.CATEGORY_BROWSABLE);
        target.setComponent(null);
        target.setSelector(null);
        // ok: java-android-intent-redirection-parsed
        startActivity(target);
    }

    void constant() throws Exception {
        Intent settings = Intent.parseUri("intent:#Intent;action=android.settings.SETTINGS;end", 0);
        // ok: java-android-intent-redirection-parsed
        startActivity(settings);
    }

    void ownTarget() {
        Intent i = new Intent(this, HomeActivity.class);
        i.putExtra("q", getIntent().getStringExtra("q"));
        // ok: java-android-intent-redirection-parsed
        startActivity(i);
    }

    void directParcel() {
        // reported by java-android-intent-redirection, not twice
        Intent direct = (Intent) getIntent().getParcelableExtra("next");
        // ok: java-android-intent-redirection-parsed
        startActivity(direct);
    }
}

class ProxyActivity extends Activity {
    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        String uriStr = getIntent().getStringExtra("uri");
        String selection = getIntent().getStringExtra("selection");
        Uri uri = Uri.parse(uriStr);
        // ruleid: java-android-content-uri-from-intent
        Cursor c = getContentResolver().query(uri, null, selection, null, null);
        c.close();
    }

    void plant(Context ctx, Intent received) throws Exception {
        String from = received.getStringExtra("plantUri");
        // ruleid: java-android-content-uri-from-intent
        InputStream in = ctx.getContentResolver().openInputStream(Uri.parse(from));
        in.close();
    }

    void fromLink(Uri link) throws Exception {
        String target = link.getQueryParameter("file");
        // ruleid: java-android-content-uri-from-intent
        getContentResolver().openFileDescriptor(Uri.parse(target), "r").close();
    }

    void ownProvider() {
        Uri own = Uri.parse("content://com.example.app.notes/notes");
        String id = getIntent().getStringExtra("id");
        // ok: java-android-content-uri-from-intent
        Cursor c = getContentResolver().query(own, null, "_id = ?", new String[]{id}, null);
        c.close();
    }

    void viewedDocument() throws Exception {
        // a document opened with ACTION_VIEW: the platform granted this app access to that one
        // URI; opening it is the purpose of the intent
        // ok: java-android-content-uri-from-intent
        InputStream in = getContentResolver().openInputStream(getIntent().getData());
        in.close();
    }
}

class PluginReceiver extends BroadcastReceiver {
    @Override
    public void onReceive(Context context, Intent intent) {
        String path = intent.getStringExtra("path");
        // ruleid: java-android-native-code-from-intent
        System.load(path);
        String lib = intent.getStringExtra("lib");
        // ruleid: java-android-native-code-from-intent
        Runtime.getRuntime().load(lib);
        Bundle extras = intent.getExtras();
        String dex = extras.getString("dex");
        // ruleid: java-android-native-code-from-intent
        DexClassLoader cl = new DexClassLoader(dex, context.getCodeCacheDir().getPath(), null, context.getClassLoader());
        // ok: java-android-native-code-from-intent
        System.loadLibrary("native-lib");
        // ok: java-android-native-code-from-intent
        System.load(context.getApplicationInfo().nativeLibraryDir + "/libcore.so");
    }
}
