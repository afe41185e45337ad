import android.app.Activity;
import android.content.Context;
import android.content.Intent;
import android.net.Uri;
import android.os.Environment;
import java.io.File;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;

public class RepaymentActivity extends Activity {
    private static final int PICK_STATEMENT = 7;
    private static final int PICK_BANK = 8;
    private Session session;
    private Credentials creds;

    @Override
    protected void onActivityResult(int requestCode, int resultCode, Intent data) {
        super.onActivityResult(requestCode, resultCode, data);
        if (requestCode == PICK_BANK && resultCode == RESULT_OK) {
            // ruleid: java-android-result-returns-foreign-result
            setResult(resultCode, data);
            finish();
        }
    }

    void relayCopy(Intent answer) {
        Intent copy = new Intent(answer);
        // ruleid: java-android-result-returns-foreign-result
        setResult(RESULT_OK, copy);
    }

    void relayLauncherResult(ActivityResult result) {
        // ruleid: java-android-result-returns-foreign-result
        setResult(RESULT_OK, result.getData());
    }

    void answerOwn(String bankId) {
        Intent out = new Intent();
        out.putExtra("bank_id", bankId);
        // ok: java-android-result-returns-foreign-result
        setResult(RESULT_OK, out);
    }

    void shareSession() {
        Intent i = new Intent("kz.lending.action.SESSION_READY");
        // ruleid: java-android-secret-value-in-implicit-intent
        i.putExtra("payload", session.getAccessToken());
        sendBroadcast(i);
    }

    void shareLogin() {
        Intent i = new Intent("kz.lending.action.LOGIN_DONE");
        // ruleid: java-android-secret-value-in-implicit-intent
        i.putExtra("data", creds.password);
        sendBroadcast(i);
    }

    void openPortal() {
        String token = session.getAccessToken();
        Intent i = new Intent("kz.lending.action.PORTAL");
        // ruleid: java-android-secret-value-in-implicit-intent
        i.putExtra("url", "https://portal.example.kz/?t=" + token);
        startActivity(i);
    }

    void openPortalExplicit() {
        Intent i = new Intent("kz.lending.action.PORTAL");
        i.setPackage(getPackageName());
        // ok: java-android-secret-value-in-implicit-intent
        i.putExtra("payload", session.getAccessToken());
        startActivity(i);
    }

    void openOwnScreen() {
        Intent i = new Intent(this, PortalActivity.class);
        // ok: java-android-secret-value-in-implicit-intent
        i.putExtra("payload", session.getAccessToken());
        startActivity(i);
    }

    void announceSchedule(String loanId) {
        Intent i = new Intent("kz.lending.action.SCHEDULE");
        // ok: java-android-secret-value-in-implicit-intent
        i.putExtra("loan", loanId);
        sendBroadcast(i);
    }

    void shareNamed() {
        Intent i = new Intent("kz.lending.action.LOGIN_DONE");
        // ok: java-android-secret-value-in-implicit-intent
        i.putExtra("password", creds.password);
        sendBroadcast(i);
    }

    void shareUnderConstant() {
        Intent i = new Intent("kz.lending.action.LOGIN_DONE");
        // ruleid: java-android-secret-value-in-implicit-intent
        i.putExtra(EXTRA_PAYLOAD, creds.password);
        sendBroadcast(i);
    }

    void shareTokenCount() {
        Intent i = new Intent("kz.lending.action.STATS");
        // ok: java-android-secret-value-in-implicit-intent
        i.putExtra("count", session.getTokenCount());
        sendBroadcast(i);
    }
}

class StatementImport {
    static File copyPicked(Context context, Uri picked) throws Exception {
        File out = new File(context.getExternalFilesDir(null), "statement.pdf");
        // ruleid: java-android-picked-uri-to-external-storage
        InputStream in = context.getContentResolver().openInputStream(picked);
        OutputStream os = new FileOutputStream(out);
        in.transferTo(os);
        return out;
    }

    static File copyToPublic(Context context, Intent data) throws Exception {
        File dir = Environment.getExternalStorageDirectory();
        // ruleid: java-android-picked-uri-to-external-storage
        InputStream in = context.getContentResolver().openInputStream(data.getData());
        OutputStream os = new FileOutputStream(new File(dir, "scan.jpg"));
        in.transferTo(os);
        return dir;
    }

    static File copyPrivate(Context context, Uri picked) throws Exception {
        File out = new File(context.getFilesDir(), "statement.pdf");
        // ok: java-android-picked-uri-to-external-storage
        InputStream in = context.getContentResolver().openInputStream(picked);
        OutputStream os = new FileOutputStream(out);
        in.transferTo(os);
        return out;
    }

    static File copyChecked(Context context, Uri picked) throws Exception {
        if (!"content".equals(picked.getScheme()) || context.getPackageName().equals(picked.getAuthority())) {
            throw new SecurityException("own files");
        }
        File out = new File(context.getExternalCacheDir(), "statement.pdf");
        // ok: java-android-picked-uri-to-external-storage
        InputStream in = context.getContentResolver().openInputStream(picked);
        OutputStream os = new FileOutputStream(out);
        in.transferTo(os);
        return out;
    }
}
