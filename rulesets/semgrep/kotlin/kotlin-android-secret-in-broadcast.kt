import android.content.Context
import android.content.Intent

class Notifier(private val ctx: Context) {
    fun passwordChanged(phone: String, pass: String) {
        val i = Intent("bank.PASSWORD_CHANGED")
        // ok: kotlin-android-secret-in-broadcast
        i.putExtra("phonenumber", phone)
        // ruleid: kotlin-android-secret-in-broadcast
        i.putExtra("newPassword", pass)
        ctx.sendBroadcast(i)
    }

    fun fromActivity(user: String, pin: String) {
        val intent = Intent("com.example.action.LOGIN")
        // ruleid: kotlin-android-secret-in-broadcast
        intent.putExtra("pin", pin)
        sendBroadcast(intent)
    }

    fun ownApp(token: String) {
        val i = Intent("bank.TOKEN")
        i.setPackage(ctx.packageName)
        // ok: kotlin-android-secret-in-broadcast
        i.putExtra("token", token)
        ctx.sendBroadcast(i)
    }

    fun ownAppProperty(token: String) {
        val i = Intent("bank.TOKEN")
        i.`package` = ctx.packageName
        // ok: kotlin-android-secret-in-broadcast
        i.putExtra("token", token)
        ctx.sendBroadcast(i)
    }

    fun started(pin: String) {
        val i = Intent(ctx, PinActivity::class.java)
        // ok: kotlin-android-secret-in-broadcast
        i.putExtra("pin", pin)
        ctx.startActivity(i)
    }

    fun withPermission(otp: String) {
        val i = Intent("bank.OTP")
        // ok: kotlin-android-secret-in-broadcast
        i.putExtra("otp", otp)
        ctx.sendBroadcast(i, "bank.permission.OTP")
    }
}
