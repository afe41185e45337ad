package kz.mfo.mobile;

import android.os.Bundle;
import android.webkit.WebSettings;
import android.webkit.WebView;

public class StatementActivity extends android.app.Activity {
    @Override
    protected void onCreate(Bundle state) {
        super.onCreate(state);
        WebView statement = new WebView(this);
        WebSettings settings = statement.getSettings();
        settings.setJavaScriptEnabled(true);
        // ruleid: java-webview-js-bridge
        statement.addJavascriptInterface(new StatementBridge(), "Statement");
        statement.loadUrl("https://lk.example.kz/statement");

        WebView offer = new WebView(this);
        offer.getSettings().setJavaScriptEnabled(true);
        // ruleid: java-webview-js-bridge
        offer.addJavascriptInterface(new StatementBridge(), "Offer");

        // JavaScript stays off: the bridge cannot be called
        WebView plain = new WebView(this);
        // ok: java-webview-js-bridge
        plain.addJavascriptInterface(new StatementBridge(), "Plain");

        // JavaScript is on in another WebView only
        WebView other = new WebView(this);
        WebView scripted = new WebView(this);
        scripted.getSettings().setJavaScriptEnabled(true);
        // ok: java-webview-js-bridge
        other.addJavascriptInterface(new StatementBridge(), "Other");
    }

    static final class StatementBridge {
        @android.webkit.JavascriptInterface
        public String title() {
            return "Statement";
        }
    }
}
