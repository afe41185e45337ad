package kz.mfo.payments;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

public class PaymentLookup {
    private final Connection connection;
    private String query;

    public PaymentLookup(Connection connection) {
        this.connection = connection;
    }

    public PaymentLookup forContract(String contractNo) {
        this.query = "SELECT * FROM payments WHERE contract_no = '" + contractNo + "'";
        return this;
    }

    public ResultSet run() throws SQLException {
        // ruleid: java-sql-built-in-field
        return connection.createStatement().executeQuery(this.query);
    }
}

class RegionReport {
    private String sql;

    void setRegion(String region) {
        sql = "SELECT contract_no FROM schedule WHERE region = '" + region + "'";
    }

    ResultSet run(Statement st) throws SQLException {
        // ruleid: java-sql-built-in-field
        return st.executeQuery(sql);
    }

    ResultSet runLocal(Statement st, String region) throws SQLException {
        String sql = "SELECT 1";
        // ok: java-sql-built-in-field
        return st.executeQuery(sql);
    }
}

class SafeLookup {
    private final Connection connection;
    private final String query = "SELECT * FROM payments WHERE contract_no = ?";

    SafeLookup(Connection connection) {
        this.connection = connection;
    }

    ResultSet run(String contractNo) throws SQLException {
        // ok: java-sql-built-in-field
        PreparedStatement ps = connection.prepareStatement(this.query);
        ps.setString(1, contractNo);
        return ps.executeQuery();
    }
}
