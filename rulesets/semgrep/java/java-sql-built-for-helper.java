import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

public class LoanSearch {
    private static final String TABLE = "loans";

    public Result byBorrower(Connection c, String borrower) throws Exception {
        String sql = "";
        // ruleid: java-sql-built-for-helper
        sql = "SELECT * FROM loans WHERE borrower = '" + borrower + "'";
        return run(c, sql);
    }

    public Result byRegion(Connection c, String region) throws Exception {
        // ruleid: java-sql-built-for-helper
        String sql = String.format("SELECT * FROM loans WHERE region = '%s'", region);
        Result r = run(c, sql);
        return r;
    }

    public Result active(Connection c) throws Exception {
        // ok: java-sql-built-for-helper
        String sql = "SELECT * FROM " + TABLE + " WHERE active = 1";
        String label = "loaded " + c.toString();
        // ok: java-sql-built-for-helper
        String msg = "SELECT failed for " + label;
        log(msg);
        return runBound(c, "SELECT * FROM loans WHERE id = ?", 1);
    }

    private Result run(Connection c, String query) throws Exception {
        try (Statement st = c.createStatement()) {
            ResultSet rs = st.executeQuery(query);
            return new Result(rs);
        }
    }

    private Result runBound(Connection c, String query, int id) throws Exception {
        var ps = c.prepareStatement(query);
        ps.setInt(1, id);
        return new Result(ps.executeQuery());
    }

    private void log(String m) {
        System.out.println(m);
    }
}

class Report {
    public void print(Printer p, String who) {
        // ok: java-sql-built-for-helper
        String text = "SELECT your loan from the list, " + who;
        show(p, text);
    }

    private void show(Printer p, String t) {
        p.print(t);
    }
}
