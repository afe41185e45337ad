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

class OfflinePin : AppCompatActivity() {
    // a scope function hands the value to the lambda's `it`, named parameter or `this`
    fun keepThroughScopeFunctions(password: EditText, pin: String, theme: String) {
        val fw = FileWriter(File(filesDir, "login.txt"))
        password.text.toString().let {
            // ruleid: kotlin-android-secret-in-plain-file
            fw.write(it)
        }
        pin.also { code ->
            // ruleid: kotlin-android-secret-in-plain-file
            File(filesDir, "pin.txt").writeText(code)
        }
        theme.let {
            // ok: kotlin-android-secret-in-plain-file
            File(filesDir, "theme.txt").writeText(it)
        }
        fw.close()
    }
}

// a nullable receiver: a safe call (`?.`) is a pattern of its own

class NullableFiles : AppCompatActivity() {
    fun keep(pin: String, theme: String, target: File?) {
        // ruleid: kotlin-android-secret-in-plain-file
        target?.writeText(pin)
        // ok: kotlin-android-secret-in-plain-file
        target?.writeText(theme)
        // ok: kotlin-android-secret-in-plain-file
        target?.setReadable(true)
    }
}
