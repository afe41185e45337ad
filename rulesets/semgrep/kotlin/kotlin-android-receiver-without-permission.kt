import android.app.Activity
import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import android.content.IntentFilter
import android.os.Bundle
import androidx.core.content.ContextCompat

class AboutActivity : Activity() {
    private val receiver = UrlReceiver()

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        // ruleid: kotlin-android-receiver-without-permission
        registerReceiver(receiver, IntentFilter("com.example.CUSTOM_INTENT"))
        val filter = IntentFilter()
        filter.addAction("com.example.action.OPEN")
        // ruleid: kotlin-android-receiver-without-permission
        applicationContext.registerReceiver(receiver, filter)
    }

    fun systemEvent() {
        // ok: kotlin-android-receiver-without-permission
        registerReceiver(receiver, IntentFilter(Intent.ACTION_BATTERY_CHANGED))
        // ok: kotlin-android-receiver-without-permission
        registerReceiver(receiver, IntentFilter("android.intent.action.SCREEN_OFF"))
    }

    fun protectedOnes() {
        // ok: kotlin-android-receiver-without-permission
        registerReceiver(receiver, IntentFilter("com.example.CUSTOM_INTENT"), "com.example.permission.SEND", null)
        // ok: kotlin-android-receiver-without-permission
        registerReceiver(receiver, IntentFilter("com.example.CUSTOM_INTENT"), Context.RECEIVER_NOT_EXPORTED)
        // ok: kotlin-android-receiver-without-permission
        ContextCompat.registerReceiver(this, receiver, IntentFilter("com.example.CUSTOM_INTENT"), ContextCompat.RECEIVER_NOT_EXPORTED)
        // ok: kotlin-android-receiver-without-permission
        LocalBroadcastManager.getInstance(this).registerReceiver(receiver, IntentFilter("com.example.LOCAL"))
    }
}

class UrlReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context?, intent: Intent?) {}
}
