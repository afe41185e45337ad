import android.content.Context;
import android.content.Intent;

public class Notifier {
    void passwordChanged(Context ctx, String phone, String pass) {
        Intent i = new Intent();
        i.setAction("bank.PASSWORD_CHANGED");
        // ok: java-android-secret-in-broadcast
        i.putExtra("phonenumber", phone);
        // ruleid: java-android-secret-in-broadcast
        i.putExtra("newpass", pass);
        ctx.sendBroadcast(i);
    }

    void fromActivity(String pass) {
        Intent i = new Intent("bank.CHANGED");
        // ruleid: java-android-secret-in-broadcast
        i.putExtra("password", pass);
        sendBroadcast(i);
    }

    void ownApp(Context ctx, String token) {
        Intent i = new Intent("bank.TOKEN");
        i.setPackage(ctx.getPackageName());
        // ok: java-android-secret-in-broadcast
        i.putExtra("token", token);
        ctx.sendBroadcast(i);
    }

    void started(Context ctx, String pin) {
        Intent i = new Intent(ctx, PinActivity.class);
        // ok: java-android-secret-in-broadcast
        i.putExtra("pin", pin);
        ctx.startActivity(i);
    }
}
