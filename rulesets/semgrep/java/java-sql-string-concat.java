import android.database.Cursor;
import android.database.sqlite.SQLiteDatabase;
import java.sql.Connection;
import java.sql.Statement;

public class ClientStore {
    private SQLiteDatabase db;
    private static final java.util.Map<String, String> SORT = java.util.Map.of("date", "created_at");

    public Cursor byIin(String iin) {
        // ruleid: java-sql-string-concat
        return db.rawQuery("SELECT * FROM clients WHERE iin = '" + iin + "'", null);
    }

    public void delete(String id) {
        // ruleid: java-sql-string-concat
        db.execSQL(String.format("DELETE FROM notes WHERE id = %s", id));
    }

    public Cursor byIinSafe(String iin) {
        // ok: java-sql-string-concat
        return db.rawQuery("SELECT * FROM clients WHERE iin = ?", new String[] {iin});
    }

    public Cursor sorted(String key) {
        // ok: java-sql-string-concat
        return db.rawQuery("SELECT * FROM clients ORDER BY " + SORT.get(key), null);
    }

    public Cursor byId(String id) {
        // ok: java-sql-string-concat
        return db.rawQuery("SELECT * FROM clients WHERE id = " + Long.parseLong(id), null);
    }

    public void run(Connection c, String sql) throws Exception {
        Statement st = c.createStatement();
        // ok: java-sql-string-concat
        st.executeQuery(sql);
    }

    public void report(Connection c, String region) throws Exception {
        Statement st = c.createStatement();
        // ruleid: java-sql-string-concat
        st.executeQuery("SELECT * FROM loans WHERE region = '" + region + "'");
    }
}
