import android.app.Activity;
import android.content.BroadcastReceiver;
import android.content.Context;
import android.content.Intent;
import android.content.IntentFilter;
import android.os.Bundle;

public class AboutActivity extends Activity {
    private final BroadcastReceiver receiver = new UrlReceiver();

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        // ruleid: java-android-receiver-without-permission
        registerReceiver(receiver, new IntentFilter("com.example.CUSTOM_INTENT"));
        IntentFilter filter = new IntentFilter();
        filter.addAction("com.example.action.OPEN");
        // ruleid: java-android-receiver-without-permission
        getApplicationContext().registerReceiver(receiver, filter);
    }

    void system() {
        // ok: java-android-receiver-without-permission
        registerReceiver(receiver, new IntentFilter(Intent.ACTION_BATTERY_CHANGED));
        IntentFilter f = new IntentFilter();
        f.addAction(Intent.ACTION_SCREEN_OFF);
        // ok: java-android-receiver-without-permission
        registerReceiver(receiver, f);
    }

    void guarded() {
        // ok: java-android-receiver-without-permission
        registerReceiver(receiver, new IntentFilter("com.example.CUSTOM_INTENT"), "com.example.permission.SEND", null);
        // ok: java-android-receiver-without-permission
        registerReceiver(receiver, new IntentFilter("com.example.CUSTOM_INTENT"), Context.RECEIVER_NOT_EXPORTED);
        // ok: java-android-receiver-without-permission
        LocalBroadcastManager.getInstance(this).registerReceiver(receiver, new IntentFilter("com.example.LOCAL"));
    }
}

class UrlReceiver extends BroadcastReceiver {
    @Override
    public void onReceive(Context context, Intent intent) {}
}
