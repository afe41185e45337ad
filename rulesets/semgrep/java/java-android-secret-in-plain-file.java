package demo.lending;

import java.io.File;
import java.io.FileOutputStream;
import java.io.FileWriter;
import android.widget.EditText;

public class OfflineLogin {
    void rememberCredentials(File dir, EditText login, EditText password) throws Exception {
        File cache = File.createTempFile("session", "tmp", dir);
        FileWriter fw = new FileWriter(cache);
        // ruleid: java-android-secret-in-plain-file
        fw.write(login.getText().toString() + ":" + password.getText().toString() + "\n");
        // ok: java-android-secret-in-plain-file
        fw.write(login.getText().toString() + "\n");
        fw.close();
    }

    void keepPin(String pin, String theme) throws Exception {
        FileOutputStream out = new FileOutputStream(new File("/data/data/demo/pin.txt"));
        // ruleid: java-android-secret-in-plain-file
        out.write(pin.getBytes());
        // ok: java-android-secret-in-plain-file
        out.write(theme.getBytes());
        out.close();
    }

    void sendPin(java.net.Socket socket, String pin) throws Exception {
        java.io.OutputStream net = socket.getOutputStream();
        // ok: java-android-secret-in-plain-file
        net.write(pin.getBytes());
    }
}
