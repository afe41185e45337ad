package com.example.lending.notify

import android.app.PendingIntent
import android.content.ComponentName
import android.content.Context
import android.content.Intent
import android.net.Uri

class ReminderNotifier(private val ctx: Context) {
    fun implicitMutable(): PendingIntent {
        val open = Intent("com.example.lending.OPEN_LOAN")
        open.putExtra("loan_id", 42)
        // ruleid: kotlin-android-mutable-pending-intent
        return PendingIntent.getActivity(ctx, 0, open, PendingIntent.FLAG_MUTABLE or PendingIntent.FLAG_UPDATE_CURRENT)
    }

    fun implicitNoFlags(): PendingIntent {
        val sync = Intent()
        sync.action = "com.example.lending.SYNC"
        // ruleid: kotlin-android-mutable-pending-intent
        return PendingIntent.getBroadcast(ctx, 1, sync, 0)
    }

    fun inlineImplicit(): PendingIntent {
        // ruleid: kotlin-android-mutable-pending-intent
        return PendingIntent.getService(ctx, 2, Intent("com.example.lending.UPLOAD"), PendingIntent.FLAG_MUTABLE)
    }

    fun viewUri(statement: Uri): PendingIntent {
        val view = Intent(Intent.ACTION_VIEW, statement)
        // ruleid: kotlin-android-mutable-pending-intent
        return PendingIntent.getActivity(ctx, 3, view, PendingIntent.FLAG_MUTABLE)
    }

    fun explicitClass(): PendingIntent {
        val open = Intent(ctx, LoanActivity::class.java)
        // ok: kotlin-android-mutable-pending-intent
        return PendingIntent.getActivity(ctx, 0, open, PendingIntent.FLAG_MUTABLE)
    }

    fun explicitPackage(): PendingIntent {
        val open = Intent("com.example.lending.OPEN_LOAN")
        open.setPackage(ctx.packageName)
        // ok: kotlin-android-mutable-pending-intent
        return PendingIntent.getActivity(ctx, 0, open, PendingIntent.FLAG_MUTABLE)
    }

    fun explicitPackageProperty(): PendingIntent {
        val open = Intent("com.example.lending.OPEN_LOAN")
        open.`package` = ctx.packageName
        // ok: kotlin-android-mutable-pending-intent
        return PendingIntent.getActivity(ctx, 0, open, PendingIntent.FLAG_MUTABLE)
    }

    fun explicitComponent(): PendingIntent {
        val open = Intent()
        open.component = ComponentName(ctx, LoanActivity::class.java)
        // ok: kotlin-android-mutable-pending-intent
        return PendingIntent.getActivity(ctx, 0, open, PendingIntent.FLAG_MUTABLE)
    }

    fun implicitImmutable(): PendingIntent {
        val open = Intent("com.example.lending.OPEN_LOAN")
        // ok: kotlin-android-mutable-pending-intent
        return PendingIntent.getActivity(ctx, 0, open, PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_UPDATE_CURRENT)
    }
}
