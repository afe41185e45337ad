package kz.mfo.mobile;

import android.content.ContentProvider;
import android.content.ContentValues;
import android.database.Cursor;
import android.database.sqlite.SQLiteDatabase;
import android.database.sqlite.SQLiteQueryBuilder;
import android.net.Uri;
import android.os.ParcelFileDescriptor;
import java.io.File;

public class LoanProvider extends ContentProvider {
    private SQLiteDatabase db;
    private File statements;

    @Override
    public Cursor query(Uri uri, String[] projection, String selection, String[] selectionArgs, String sortOrder) {
        if (MATCHER.match(uri) == LOAN_BY_NUMBER) {
            // ruleid: java-android-provider-sql-injection
            return db.rawQuery("SELECT * FROM loans WHERE number = '" + uri.getQueryParameter("number") + "'", null);
        }
        if (MATCHER.match(uri) == LOAN_ID) {
            // the idiom of "loans/#" URI patterns, which UriMatcher matches for digits only
            // ok: java-android-provider-sql-injection
            return db.query("loans", projection, "_id = " + uri.getLastPathSegment(), null, null, null, null);
        }
        if (MATCHER.match(uri) == LOAN_BY_BRANCH) {
            String where = "branch = '" + uri.getQueryParameter("branch") + "'";
            // ruleid: java-android-provider-sql-injection
            return db.query("loans", projection, where, null, null, null, sortOrder);
        }
        if (MATCHER.match(uri) == LOAN_REPORT) {
            // ruleid: java-android-provider-sql-injection
            return db.rawQuery("SELECT * FROM loans WHERE " + selection + " ORDER BY " + sortOrder, selectionArgs);
        }
        // the provider contract: the caller's selection with its bound arguments
        // ok: java-android-provider-sql-injection
        return db.query("loans", projection, selection, selectionArgs, null, null, sortOrder);
    }

    public Cursor search(Uri uri, String selection, String sortOrder) {
        SQLiteQueryBuilder qb = new SQLiteQueryBuilder();
        qb.setTables("loans");
        // ok: java-android-provider-sql-injection
        return qb.query(db, null, "status = ?", new String[] {"OPEN"}, null, null, "created DESC");
    }

    @Override
    public int delete(Uri uri, String selection, String[] selectionArgs) {
        // ok: java-android-provider-sql-injection
        return db.delete("loans", selection, selectionArgs);
    }

    @Override
    public int update(Uri uri, ContentValues values, String selection, String[] selectionArgs) {
        // ok: java-android-provider-sql-injection
        return db.update("loans", values, "_id = ?", new String[] {uri.getLastPathSegment()});
    }

    @Override
    public ParcelFileDescriptor openFile(Uri uri, String mode) throws java.io.FileNotFoundException {
        // ruleid: java-android-provider-path-traversal
        return ParcelFileDescriptor.open(new File(statements, uri.getLastPathSegment()), ParcelFileDescriptor.MODE_READ_ONLY);
    }

    public ParcelFileDescriptor openChecked(Uri uri) throws java.io.IOException {
        File file = new File(statements, uri.getLastPathSegment()).getCanonicalFile();
        if (!file.getPath().startsWith(statements.getCanonicalPath())) {
            throw new SecurityException("outside");
        }
        // ok: java-android-provider-path-traversal
        return ParcelFileDescriptor.open(file, ParcelFileDescriptor.MODE_READ_ONLY);
    }
}

// not a content provider: a repository of the app's own code
class LoanRepository {
    private SQLiteDatabase db;

    public Cursor query(Uri uri, String[] projection, String selection, String[] selectionArgs, String sortOrder) {
        // ok: java-android-provider-sql-injection
        return db.query("loans", projection, selection, selectionArgs, null, null, sortOrder);
    }

    public ParcelFileDescriptor openFile(Uri uri, String mode) throws java.io.FileNotFoundException {
        // ok: java-android-provider-path-traversal
        return ParcelFileDescriptor.open(new File(uri.getPath()), ParcelFileDescriptor.MODE_READ_ONLY);
    }
}
