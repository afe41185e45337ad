import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

public class KeyStore {
    private static final String TABLE = "keys";
    private String tenant;

    public byte[] keyFor(Connection connection, Map<String, Object> header) throws Exception {
        String id = (String) header.get("kid");
        // ruleid: java-sql-concat-in-execute
        ResultSet rs = connection.createStatement().executeQuery("SELECT secret FROM keys WHERE id = '" + id + "'");
        return rs.getBytes(1);
    }

    public void purge(Statement st) throws Exception {
        // ruleid: java-sql-concat-in-execute
        st.executeUpdate("DELETE FROM sessions WHERE tenant = '" + this.tenant + "' AND expired = 1");
    }

    public void sorted(Connection c, Request req) throws Exception {
        // ruleid: java-sql-concat-in-execute
        c.prepareStatement("SELECT id, name FROM loans ORDER BY " + req.sortColumn());
    }

    public void constantOnly(Statement st) throws Exception {
        // ok: java-sql-concat-in-execute
        st.executeQuery("SELECT * FROM " + TABLE + " WHERE active = 1");
    }

    public void parsed(Statement st, Request req) throws Exception {
        // ok: java-sql-concat-in-execute
        st.executeQuery("SELECT * FROM loans WHERE id = " + Long.parseLong(req.id()));
    }

    public void fromParameter(Statement st, String region) throws Exception {
        // ok: java-sql-concat-in-execute
        st.executeQuery("SELECT * FROM loans WHERE region = '" + region + "'");
    }

    public void bound(Connection c, Request req) throws Exception {
        // ok: java-sql-concat-in-execute
        var ps = c.prepareStatement("SELECT * FROM loans WHERE id = ?");
        ps.setString(1, req.id());
    }

    public void notSql(Logger log, Request req) {
        // ok: java-sql-concat-in-execute
        log.execute("loaded " + req.id());
    }
}

class LoanReportRepository {
    private static final String REGION = "ALMATY";
    private org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;
    private org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate namedTemplate;

    public List<Object> byStatus(Request req) {
        String status = req.status();
        // ruleid: java-sql-concat-in-execute
        return jdbcTemplate.query("SELECT * FROM loans WHERE status = '" + status + "'", mapper);
    }

    public void close(Request req) {
        String id = req.id();
        // ruleid: java-sql-concat-in-execute
        jdbcTemplate.update("UPDATE loans SET closed = 1 WHERE id = " + id);
    }

    public Object count(Request req) {
        String region = req.region();
        // ruleid: java-sql-concat-in-execute
        return namedTemplate.queryForObject("SELECT count(*) FROM loans WHERE region = '" + region + "'", java.util.Map.of(), Long.class);
    }

    public List<Object> bound(Request req) {
        // ok: java-sql-concat-in-execute
        return jdbcTemplate.query("SELECT * FROM loans WHERE status = ?", mapper, req.status());
    }

    public void constant() {
        // ok: java-sql-concat-in-execute
        jdbcTemplate.update("DELETE FROM loans WHERE closed = 1 AND region = " + REGION);
    }

    public Object cached(Request req) {
        String key = req.key();
        // ok: java-sql-concat-in-execute
        return cacheTemplate.query("loans:" + key);
    }
}

class LoanArchiveRepository {
    private org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;
    private String tableName = "loans_archive";

    public List<Object> all() {
        // ok: java-sql-concat-in-execute
        return jdbcTemplate.query("SELECT * FROM " + tableName + " ORDER BY created DESC", mapper);
    }

    public void purge() {
        for (String table : java.util.List.of("loans_archive", "payments_archive")) {
            // ok: java-sql-concat-in-execute
            jdbcTemplate.update("DELETE FROM " + table + " WHERE archived = 1");
        }
    }

    // a sort column: mostly chosen from a fixed set in code (java-sql-injection follows request data)
    public List<Object> sorted(Request req) {
        String column = req.sortColumn();
        // ok: java-sql-concat-in-execute
        return jdbcTemplate.query("SELECT * FROM loans WHERE region = ? ORDER BY " + column, mapper, req.region());
    }

    public List<Object> byName(Request req) {
        String name = req.name();
        // ruleid: java-sql-concat-in-execute
        return jdbcTemplate.query("SELECT * FROM loans WHERE borrower LIKE '%" + name + "%'", mapper);
    }
}
