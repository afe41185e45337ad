import android.app.Activity;
import android.content.ComponentName;
import android.content.Intent;
import android.os.Bundle;

public class ForwardActivity extends Activity {
    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        Intent next = getIntent().getParcelableExtra("extra_intent");
        if (next != null) {
            // ruleid: java-android-intent-redirection
            startActivity(next);
            finish();
        }
    }

    void relay(Intent incoming) {
        Intent target = (Intent) incoming.getParcelableExtra(Intent.EXTRA_INTENT);
        // ruleid: java-android-intent-redirection
        startService(target);
        Intent typed = incoming.getParcelableExtra("t", Intent.class);
        // ruleid: java-android-intent-redirection
        sendBroadcast(typed);
    }

    void checked(Intent incoming) {
        Intent target = incoming.getParcelableExtra("target");
        ComponentName c = target.resolveActivity(getPackageManager());
        if (c != null && c.getPackageName().equals(getPackageName())) {
            // ok: java-android-intent-redirection
            startActivity(target);
        }
    }

    void own() {
        Intent i = new Intent(this, HomeActivity.class);
        // ok: java-android-intent-redirection
        startActivity(i);
    }
}

class ResultActivity extends Activity {
    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        // ruleid: java-android-result-returns-incoming-intent
        setResult(RESULT_OK, getIntent());
        finish();
    }

    void answer(String choice) {
        Intent data = new Intent();
        data.putExtra("choice", choice);
        // ok: java-android-result-returns-incoming-intent
        setResult(RESULT_OK, data);
    }
}
