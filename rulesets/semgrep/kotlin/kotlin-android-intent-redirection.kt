import android.app.Activity
import android.content.Intent
import android.os.Bundle

class ForwardActivity : Activity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        val next = intent.getParcelableExtra<Intent>("extra_intent")
        if (next != null) {
            // ruleid: kotlin-android-intent-redirection
            startActivity(next)
            finish()
            return
        }
        val typed = intent.getParcelableExtra("next", Intent::class.java)
        // ruleid: kotlin-android-intent-redirection
        typed?.let { startActivity(typed) }
    }
}

class ServiceForwarder : Activity() {
    fun relay(incoming: Intent) {
        val target: Intent? = incoming.getParcelableExtra(Intent.EXTRA_INTENT)
        // ruleid: kotlin-android-intent-redirection
        startService(target)
    }

    fun checked(incoming: Intent) {
        val target = incoming.getParcelableExtra<Intent>("target") ?: return
        val component = target.resolveActivity(packageManager)
        if (component != null && component.packageName == packageName && component.className in ALLOWED) {
            // ok: kotlin-android-intent-redirection
            startActivity(target)
        }
    }

    fun ownIntent() {
        val i = Intent(this, HomeActivity::class.java)
        // ok: kotlin-android-intent-redirection
        startActivity(i)
    }

    companion object {
        val ALLOWED = setOf("com.example.HomeActivity")
    }
}

class ResultActivity : Activity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        // ruleid: kotlin-android-result-returns-incoming-intent
        setResult(-1, intent)
        finish()
    }
}

class PickerActivity : Activity() {
    fun done(choice: String) {
        // ruleid: kotlin-android-result-returns-incoming-intent
        setResult(RESULT_OK, getIntent())
        val data = Intent()
        data.putExtra("choice", choice)
        // ok: kotlin-android-result-returns-incoming-intent
        setResult(RESULT_OK, data)
        finish()
    }
}
