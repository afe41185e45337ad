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
