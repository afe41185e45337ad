package com.example.relay

import android.app.Activity
import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import android.net.Uri
import android.os.Bundle
import android.os.Parcelable
import dalvik.system.DexClassLoader

class RelayReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
        val uri = intent.getStringExtra("next_uri")
        val next = Intent.parseUri(uri, Intent.URI_INTENT_SCHEME)
        next.addFlags(Intent.FLAG_ACTIVITY_NEW_TASK)
        // ruleid: kotlin-android-intent-redirection-parsed
        context.startActivity(next)

        val p: Parcelable? = intent.getParcelableExtra("next")
        val forwarded = p as Intent
        // ruleid: kotlin-android-intent-redirection-parsed
        context.sendBroadcast(forwarded)
    }

    // semgrep's Kotlin translation treats the code after `x ?: return` as unreachable, so a
    // taint rule follows nothing from such a variable (see kotlin-android-intent-extra-after-
    // elvis-exit); known misses
    fun afterElvisExit(context: Context, intent: Intent) {
        val uri = intent.getStringExtra("next_uri") ?: return
        val next = Intent.parseUri(uri, Intent.URI_INTENT_SCHEME)
        // todoruleid: kotlin-android-intent-redirection-parsed
        context.startActivity(next)
    }
}

class LinkActivity : Activity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        val target = Intent.parseUri(intent.dataString, Intent.URI_INTENT_SCHEME)
        // ruleid: kotlin-android-intent-redirection-parsed
        startActivity(target)
    }

    fun browsableOnly() {
        val target = Intent.parseUri(intent.dataString, Intent.URI_INTENT_SCHEME)
        target.addCategory(Intent.CATEGORY_BROWSABLE)
        target.component = null
        target.selector = null
        // ok: kotlin-android-intent-redirection-parsed
        startActivity(target)
    }

    fun constant() {
        val settings = Intent.parseUri("intent:#Intent;action=android.settings.SETTINGS;end", 0)
        // ok: kotlin-android-intent-redirection-parsed
        startActivity(settings)
    }

    fun ownTarget() {
        val i = Intent(this, HomeActivity::class.java)
        i.putExtra("q", intent.getStringExtra("q"))
        // ok: kotlin-android-intent-redirection-parsed
        startActivity(i)
    }
}

class ProxyActivity : Activity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        val uri = Uri.parse(intent.getStringExtra("uri"))
        // ruleid: kotlin-android-content-uri-from-intent
        contentResolver.query(uri, null, null, null, null)?.close()
    }

    fun plant(ctx: Context, received: Intent) {
        val from = received.getStringExtra("plantUri")
        // ruleid: kotlin-android-content-uri-from-intent
        ctx.contentResolver.openInputStream(Uri.parse(from))?.close()
    }

    fun ownProvider() {
        val own = Uri.parse("content://com.example.app.notes/notes")
        val id = intent.getStringExtra("id")
        // ok: kotlin-android-content-uri-from-intent
        contentResolver.query(own, null, "_id = ?", arrayOf(id), null)?.close()
    }

    fun viewedDocument() {
        // ok: kotlin-android-content-uri-from-intent
        contentResolver.openInputStream(intent.data!!)?.close()
    }
}

class PluginReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
        val path = intent.getStringExtra("path")
        // ruleid: kotlin-android-native-code-from-intent
        System.load(path)
        val dex = intent.extras?.getString("dex")
        // ruleid: kotlin-android-native-code-from-intent
        val cl = DexClassLoader(dex, context.codeCacheDir.path, null, context.classLoader)
        // ok: kotlin-android-native-code-from-intent
        System.loadLibrary("native-lib")
        // ok: kotlin-android-native-code-from-intent
        System.load(context.applicationInfo.nativeLibraryDir + "/libcore.so")
    }
}
