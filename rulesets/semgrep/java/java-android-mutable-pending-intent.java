package com.example.lending.notify;

import android.app.Notification;
import android.app.PendingIntent;
import android.content.ComponentName;
import android.content.Context;
import android.content.Intent;
import android.net.Uri;

public class ReminderNotifier {
    static final String ACTION_OPEN_LOAN = "com.example.lending.OPEN_LOAN";

    PendingIntent implicitMutable(Context ctx) {
        Intent open = new Intent(ACTION_OPEN_LOAN);
        open.putExtra("loan_id", 42);
        // ruleid: java-android-mutable-pending-intent
        return PendingIntent.getActivity(ctx, 0, open, PendingIntent.FLAG_MUTABLE | PendingIntent.FLAG_UPDATE_CURRENT);
    }

    PendingIntent implicitNoFlags(Context ctx) {
        Intent sync = new Intent();
        sync.setAction("com.example.lending.SYNC");
        // ruleid: java-android-mutable-pending-intent
        return PendingIntent.getBroadcast(ctx, 1, sync, 0);
    }

    PendingIntent inlineImplicit(Context ctx) {
        // ruleid: java-android-mutable-pending-intent
        return PendingIntent.getService(ctx, 2, new Intent("com.example.lending.UPLOAD"), PendingIntent.FLAG_MUTABLE);
    }

    PendingIntent viewUri(Context ctx, Uri statement) {
        Intent view = new Intent(Intent.ACTION_VIEW, statement);
        // ruleid: java-android-mutable-pending-intent
        return PendingIntent.getActivity(ctx, 3, view, PendingIntent.FLAG_MUTABLE);
    }

    PendingIntent explicitClass(Context ctx) {
        Intent open = new Intent(ctx, LoanActivity.class);
        // ok: java-android-mutable-pending-intent
        return PendingIntent.getActivity(ctx, 0, open, PendingIntent.FLAG_MUTABLE);
    }

    PendingIntent explicitPackage(Context ctx) {
        Intent open = new Intent(ACTION_OPEN_LOAN);
        open.setPackage(ctx.getPackageName());
        // ok: java-android-mutable-pending-intent
        return PendingIntent.getActivity(ctx, 0, open, PendingIntent.FLAG_MUTABLE);
    }

    PendingIntent explicitComponent(Context ctx) {
        Intent open = new Intent();
        open.setComponent(new ComponentName(ctx, LoanActivity.class));
        // ok: java-android-mutable-pending-intent
        return PendingIntent.getActivity(ctx, 0, open, PendingIntent.FLAG_MUTABLE);
    }

    PendingIntent explicitSetClass(Context ctx) {
        Intent open = new Intent(ACTION_OPEN_LOAN);
        open.setClass(ctx, LoanActivity.class);
        // ok: java-android-mutable-pending-intent
        return PendingIntent.getBroadcast(ctx, 0, open, 0);
    }

    PendingIntent implicitImmutable(Context ctx) {
        Intent open = new Intent(ACTION_OPEN_LOAN);
        // ok: java-android-mutable-pending-intent
        return PendingIntent.getActivity(ctx, 0, open, PendingIntent.FLAG_IMMUTABLE | PendingIntent.FLAG_UPDATE_CURRENT);
    }

    PendingIntent implicitUpdateOnly(Context ctx) {
        Intent open = new Intent(ACTION_OPEN_LOAN);
        // ok: java-android-mutable-pending-intent
        return PendingIntent.getActivity(ctx, 0, open, PendingIntent.FLAG_UPDATE_CURRENT | PendingIntent.FLAG_IMMUTABLE);
    }
}
