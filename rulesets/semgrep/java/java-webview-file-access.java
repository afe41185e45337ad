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

    void help(WebView web) {
        web.getSettings().setJavaScriptEnabled(true);
        // ruleid: java-webview-file-access
        web.getSettings().setAllowFileAccess(true);
        web.loadUrl("https://lk.example.kz/help");
    }

    void statementPdf(WebView web) {
        // ok: java-webview-file-access
        web.getSettings().setAllowFileAccess(true);
        web.loadUrl("file:///android_asset/statement.html");
    }

    void scripted(WebView web) {
        web.getSettings().setJavaScriptEnabled(true);
        // ok: java-webview-file-access
        web.getSettings().setAllowFileAccess(false);
    }
}
