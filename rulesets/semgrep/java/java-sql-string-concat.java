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

    public void ping(String host) throws Exception {
        // ok: java-sql-string-concat
        Runtime.getRuntime().exec(new String[] {"sh", "-c", "ping -c 1 " + host});
    }

    public void convert(String name) throws Exception {
        Runtime runtime = Runtime.getRuntime();
        // ok: java-sql-string-concat
        runtime.exec("bash -c convert " + name);
        // ok: java-sql-string-concat
        Process p = new ProcessBuilder("sh", "-c", "convert " + name).start();
    }

    public void shell(Shell sh, String cmd) throws Exception {
        // ok: java-sql-string-concat
        sh.exec(new String[] {"sh", "-c", cmd});
        // ok: java-sql-string-concat
        sh.exec("bash -c " + cmd);
    }

    public void purge(Transaction tx, String table) throws Exception {
        // ruleid: java-sql-string-concat
        tx.exec("DELETE FROM " + table + " WHERE archived = 1");
    }
}

// a parameter's statements handed whole to a method reference run as they came (a script runner,
// not string building); column names kept to a constant allow-list build no injection
class ScriptRunner {
    private static final java.util.Set<String> COLUMNS = java.util.Set.of("amount", "term");

    void run(java.sql.Statement st, String script, String names) throws Exception {
        // ok: java-sql-string-concat
        java.util.Arrays.stream(script.split(";")).forEach(st::addBatch);
        // ruleid: java-sql-string-concat
        java.util.Arrays.stream(names.split(",")).forEach(c -> st.executeQuery("select " + c + " from loans"));
        java.util.Arrays.stream(names.split(","))
            .filter(COLUMNS::contains)
            // ok: java-sql-string-concat
            .forEach(c -> st.executeQuery("select " + c + " from loans"));
    }
}
