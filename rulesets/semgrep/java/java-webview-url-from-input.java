package demo.lending;

import android.app.Activity;
import android.net.Uri;
import android.webkit.WebView;
import android.widget.EditText;

public class OfferActivity extends Activity {
    private static final String TERMS_URL = "https://mfo.example.kz/terms";

    public void openTyped(EditText addressField, WebView view) {
        // ruleid: java-webview-url-from-input
        view.loadUrl(addressField.getText().toString());
    }

    public void openFromIntent(WebView view) {
        String page = getIntent().getStringExtra("page");
        // ruleid: java-webview-url-from-input
        view.loadUrl(page);
        Uri link = getIntent().getData();
        // ruleid: java-webview-url-from-input
        view.loadDataWithBaseURL(null, link.getQueryParameter("html"), "text/html", "UTF-8", null);
    }

    public void openFixed(WebView view, EditText nameField) {
        // ok: java-webview-url-from-input
        view.loadUrl(TERMS_URL);
        // ok: java-webview-url-from-input
        view.loadUrl("https://mfo.example.kz/offer?lang=kk");
    }
}
