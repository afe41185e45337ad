import android.os.Environment;
import android.webkit.WebView;

public class StatementView {
    void show(WebView web, String user) {
        // ruleid: java-webview-file-access
        web.loadUrl("file://" + Environment.getExternalStorageDirectory() + "/statement_" + user + ".html");
        web.getSettings().setJavaScriptEnabled(true);
        // ruleid: java-webview-file-access
        web.getSettings().setAllowUniversalAccessFromFileURLs(true);
        // ok: java-webview-file-access
        web.loadUrl("file:///android_asset/help.html");
        // ok: java-webview-file-access
        web.getSettings().setAllowFileAccessFromFileURLs(false);
    }
}
