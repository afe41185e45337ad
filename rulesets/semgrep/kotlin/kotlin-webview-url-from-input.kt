package demo.lending

import android.webkit.WebView
import android.widget.EditText

class BrowserActivity : AppCompatActivity() {
    fun openTyped(addressField: EditText, view: WebView) {
        view.settings.javaScriptEnabled = true
        val address: String = addressField.text.toString()
        // ruleid: kotlin-webview-url-from-input
        view.loadUrl(address)
    }

    fun openFromArguments(view: WebView?) {
        val page = arguments?.getString("page")
        // ruleid: kotlin-webview-url-from-input
        view?.loadUrl(page!!)
    }

    fun openFixed(view: WebView, nameField: EditText) {
        // ok: kotlin-webview-url-from-input
        view.loadUrl("https://mfo.example.kz/terms")
        val greeting = "Hello"
        // ok: kotlin-webview-url-from-input
        view.evaluateJavascript("showGreeting('" + greeting + "')", null)
    }
}
