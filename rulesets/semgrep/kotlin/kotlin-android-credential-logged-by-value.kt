import android.app.Activity
import android.util.Log
import android.widget.EditText

class SignInActivity : Activity() {
    private lateinit var passwordInput: EditText
    private lateinit var phoneInput: EditText

    fun submit() {
        val phone = phoneInput.text.toString()
        val entered = passwordInput.text.toString()
        // ruleid: kotlin-android-credential-logged-by-value
        Log.d("signin", "submitting $phone / $entered")
        // ok: kotlin-android-credential-logged-by-value
        Log.d("signin", "submitting $phone")
        val form = Form(phone, entered)
        // ruleid: kotlin-android-credential-logged-by-value
        Log.i("signin", "form $form")
        val typed = findViewById<EditText>(R.id.password).text.toString()
        // ruleid: kotlin-android-credential-logged-by-value
        println("typed $typed")
        // ok: kotlin-android-credential-logged-by-value
        Log.d("signin", "length ${typed.length}")
        // ok: kotlin-android-credential-logged-by-value
        Log.d("signin", "password " + passwordInput.text)
        // ok: kotlin-android-credential-logged-by-value
        Log.d("signin", "login phone=$phone password=$entered")
    }

    fun process(email: String, password: String) {
        val value = Credentials(email, password)
        // ruleid: kotlin-android-credential-logged-by-value
        Log.d("signin", "Processing $value")
        val account = Account(email)
        // ok: kotlin-android-credential-logged-by-value
        Log.d("signin", "Processing $account")
    }

    fun stored(c: Credentials) {
        val v = c.password
        // ruleid: kotlin-android-credential-logged-by-value
        Log.w("signin", "restored $v")
        val who = c.login
        // ok: kotlin-android-credential-logged-by-value
        Log.w("signin", "restored $who")
    }
}

// a nullable receiver: a safe call (`?.`), or a not-null assertion (`!!`) in the receiver

class NullableCredentials(private val binding: LoginBinding?, private val passwordInput: EditText?) {
    fun signIn(c: Credentials?) {
        val v = c?.password
        // ruleid: kotlin-android-credential-logged-by-value
        Log.w("signin", "restored $v")
        val typed = passwordInput?.text
        // ruleid: kotlin-android-credential-logged-by-value
        Log.d("signin", "typed $typed")
        val entered = binding!!.passwordEdit.text
        // ruleid: kotlin-android-credential-logged-by-value
        Log.d("signin", "entered $entered")
        val n = c?.password?.length
        // ok: kotlin-android-credential-logged-by-value
        Log.d("signin", "length $n")
        val who = c?.login
        // ok: kotlin-android-credential-logged-by-value
        Log.w("signin", "restored $who")
    }
}
