using System.Data.SqlClient;
using System.Text;

public class LoanSql
{
    private const string Table = "Loans";

    // ruleid: csharp-sql-returned-by-helper
    private static string ByClient(string name) => "SELECT * FROM Loans WHERE Client = '" + name + "'";

    public string ByStatus(string status)
    {
        // ruleid: csharp-sql-returned-by-helper
        return $"SELECT Id, Amount FROM Loans WHERE Status = '{status}'";
    }

    public string ByRegion(string region, int top)
    {
        var sql = string.Format("SELECT TOP {0} * FROM Loans WHERE Region = '{1}'", top, region);
        // ruleid: csharp-sql-returned-by-helper
        return sql;
    }

    internal static string Delete(string? code)
    {
        string sql = "DELETE FROM Loans WHERE Code = '";
        sql += code + "'";
        // ruleid: csharp-sql-returned-by-helper
        return sql;
    }

    public string Bound(string status)
    {
        // ok: csharp-sql-returned-by-helper
        return "SELECT Id FROM Loans WHERE Status = @status";
    }

    public string Constant(string unused)
    {
        // ok: csharp-sql-returned-by-helper
        return "SELECT Id FROM " + Table + " WHERE Closed = 1";
    }

    public string Numbered(string id)
    {
        // ok: csharp-sql-returned-by-helper
        return "SELECT * FROM Loans WHERE Id = " + int.Parse(id);
    }

    public string Count(int days)
    {
        // ok: csharp-sql-returned-by-helper
        return "SELECT COUNT(*) FROM Loans WHERE AgeDays > " + days;
    }

    public string Message(string name)
    {
        // ok: csharp-sql-returned-by-helper
        return "Select a plan, " + name;
    }

    public string Label(string name)
    {
        // ok: csharp-sql-returned-by-helper
        return "Loan for " + name;
    }

    public string Run(SqlConnection conn, string name)
    {
        // csharp-sql-string-concat's: the text is run here
        var text = "SELECT * FROM Loans WHERE Client = '" + name + "'";
        using var cmd = new SqlCommand(text, conn);
        // ok: csharp-sql-returned-by-helper
        return (string)cmd.ExecuteScalar();
    }
}
