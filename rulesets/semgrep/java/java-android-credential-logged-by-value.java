import android.app.Activity;
import android.util.Log;
import android.widget.EditText;

public class SignInActivity extends Activity {
    private EditText passwordInput;
    private EditText phoneInput;

    void submit() {
        String phone = phoneInput.getText().toString();
        String entered = passwordInput.getText().toString();
        // ruleid: java-android-credential-logged-by-value
        Log.d("signin", "submitting " + phone + " / " + entered);
        // ok: java-android-credential-logged-by-value
        Log.d("signin", "submitting " + phone);
        Form form = new Form(phone, entered);
        // ruleid: java-android-credential-logged-by-value
        Log.i("signin", "form " + form);
        String typed = ((EditText) findViewById(R.id.password)).getText().toString();
        // ruleid: java-android-credential-logged-by-value
        System.out.println("typed " + typed);
        // ok: java-android-credential-logged-by-value
        Log.d("signin", "length " + typed.length());
        // ok: java-android-credential-logged-by-value
        Log.d("signin", "password " + passwordInput.getText());
    }

    void process(String email, String password) {
        Credentials value = new Credentials(email, password);
        // ruleid: java-android-credential-logged-by-value
        Log.d("signin", "Processing " + value);
        Account account = new Account(email);
        // ok: java-android-credential-logged-by-value
        Log.d("signin", "Processing " + account);
    }

    void stored(Credentials c) {
        String v = c.password;
        // ruleid: java-android-credential-logged-by-value
        Log.w("signin", "restored " + v);
        String who = c.login;
        // ok: java-android-credential-logged-by-value
        Log.w("signin", "restored " + who);
    }
}
