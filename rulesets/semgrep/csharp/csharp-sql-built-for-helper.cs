using System.Collections.Generic;
using System.Data.SqlClient;
using System.Threading.Tasks;
using Dapper;
using Microsoft.EntityFrameworkCore;

public class LoanRepository
{
    private const string Table = "Loans";
    private readonly SqlConnection _conn;

    private int ExecuteSql(string sql)
    {
        using var cmd = new SqlCommand(sql, _conn);
        return cmd.ExecuteNonQuery();
    }

    private object Scalar(string text, int timeout)
    {
        var cmd = _conn.CreateCommand();
        cmd.CommandText = text;
        cmd.CommandTimeout = timeout;
        return cmd.ExecuteScalar();
    }

    public void Rename(Loan loan)
    {
        // ruleid: csharp-sql-built-for-helper
        ExecuteSql("UPDATE Loans SET Name = '" + loan.Name + "' WHERE Id = 1");
    }

    public void Close(Loan loan)
    {
        var sql = $"UPDATE Loans SET Closed = 1 WHERE Code = '{loan.Code}'";
        // ruleid: csharp-sql-built-for-helper
        ExecuteSql(sql);
    }

    public object CountFor(LoanFilter filter)
    {
        // ruleid: csharp-sql-built-for-helper
        return Scalar(string.Format("SELECT COUNT(*) FROM Loans WHERE Region = '{0}'", filter.Region), 30);
    }

    public void Archive(string borrower)
    {
        string sql = "DELETE FROM Loans WHERE Borrower = '" + borrower + "'";
        // ruleid: csharp-sql-built-for-helper
        this.ExecuteSql(sql);
    }

    public void Constants()
    {
        // ok: csharp-sql-built-for-helper
        ExecuteSql("DELETE FROM " + Table + " WHERE Closed = 1");
        // ok: csharp-sql-built-for-helper
        ExecuteSql("DELETE FROM Loans WHERE Closed = 1");
    }

    public void Numbers(int days)
    {
        // ok: csharp-sql-built-for-helper
        ExecuteSql("DELETE FROM Loans WHERE AgeDays > " + days);
    }

    // a wrapper that passes its own text on builds nothing
    public int Run(string statement)
    {
        // ok: csharp-sql-built-for-helper
        return ExecuteSql(statement);
    }

    public void Log(Loan loan)
    {
        // ok: csharp-sql-built-for-helper
        Notify("Loan " + loan.Name + " closed");
    }

    private void Notify(string message) { }
}

public class LoanQueries
{
    private readonly IDbConnection connection;
    private readonly LoansContext _db;

    private Task<IEnumerable<Loan>> QueryLoans(string where) =>
        connection.QueryAsync<Loan>("SELECT * FROM Loans WHERE " + where);

    private int Raw(string statement)
    {
        return _db.Database.ExecuteSqlRaw(statement);
    }

    public Task<IEnumerable<Loan>> ByStatus(LoanFilter filter)
    {
        // ruleid: csharp-sql-built-for-helper
        return QueryLoans($"Status = '{filter.Status}'");
    }

    public int Purge(LoanFilter filter)
    {
        // ruleid: csharp-sql-built-for-helper
        return Raw("DELETE FROM Loans WHERE Branch = '" + filter.Branch + "'");
    }

    public int Bound(LoanFilter filter)
    {
        // ok: csharp-sql-built-for-helper
        return _db.Database.ExecuteSqlInterpolated($"DELETE FROM Loans WHERE Branch = {filter.Branch}");
    }
}

public class Mailer
{
    private void Send(string body) { Console.WriteLine(body); }

    public void Notify(Loan loan)
    {
        // ok: csharp-sql-built-for-helper
        Send("SELECT your plan: " + loan.Name);
    }
}

public class LoanStore
{
    public SqliteCommand Prepare(StoreConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    // the connection handed over in the helper's first position is no SQL text
    public bool TableExists(StoreConnection connection, string name)
    {
        // ok: csharp-sql-built-for-helper
        using var statement = Prepare(connection, "select DISTINCT tbl_name from sqlite_master");
        return statement.ExecuteScalar() != null;
    }

    public object ByBranch(StoreConnection connection, LoanFilter filter)
    {
        // ruleid: csharp-sql-built-for-helper
        using var statement = Prepare(connection, "SELECT * FROM Loans WHERE Branch = '" + filter.Branch + "'");
        return statement.ExecuteScalar();
    }
}
