package demo.lending

import java.io.File
import java.io.FileWriter
import android.widget.EditText

class OfflineLogin : AppCompatActivity() {
    fun remember(login: EditText, password: EditText) {
        val cache = File.createTempFile("session", "tmp", cacheDir)
        val fw = FileWriter(cache)
        // ruleid: kotlin-android-secret-in-plain-file
        fw.write("user " + login.text.toString() + " pass " + password.text.toString())
        // ok: kotlin-android-secret-in-plain-file
        fw.write("user " + login.text.toString())
        fw.close()
    }

    fun keepPin(pin: String, theme: String) {
        val line = "pin=" + pin + "\n"
        // ruleid: kotlin-android-secret-in-plain-file
        File(filesDir, "pin.txt").writeText(line)
        // ok: kotlin-android-secret-in-plain-file
        File(filesDir, "theme.txt").writeText(theme)
    }
}
