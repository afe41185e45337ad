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

class HelpFragment : Fragment() {
    // a scope function hands the value to the lambda's `it`, named parameter or `this`
    fun openThroughScopeFunctions(view: WebView, addressField: EditText, link: Uri) {
        arguments?.getString("page")?.let {
            // ruleid: kotlin-webview-url-from-input
            view.loadUrl(it)
        }
        addressField.text.toString().also { typed ->
            // ruleid: kotlin-webview-url-from-input
            view.loadUrl(typed)
        }
        link.getQueryParameter("script")?.run {
            // ruleid: kotlin-webview-url-from-input
            view.evaluateJavascript(this, null)
        }
        "https://mfo.example.kz/help".let {
            // ok: kotlin-webview-url-from-input
            view.loadUrl(it)
        }
    }
}
