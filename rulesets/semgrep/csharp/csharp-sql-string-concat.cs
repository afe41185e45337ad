using System.Data.SqlClient;
using Dapper;

public class ClientRepository
{
    private readonly SqlConnection _conn;

    public Client FindByPhone(string phone)
    {
        // ruleid: csharp-sql-string-concat
        return _conn.QueryFirstOrDefault<Client>($"SELECT * FROM Clients WHERE Phone = '{phone}'");
    }

    public Client FindByPhoneSafe(string phone)
    {
        // ok: csharp-sql-string-concat
        return _conn.QueryFirstOrDefault<Client>("SELECT * FROM Clients WHERE Phone = @phone", new { phone });
    }

    public int CountByStatus(string status)
    {
        var sql = "SELECT COUNT(*) FROM Loans WHERE Status = '" + status + "'";
        // ruleid: csharp-sql-string-concat
        using var cmd = new SqlCommand(sql, _conn);
        return (int)cmd.ExecuteScalar();
    }

    public int Run(string sql)
    {
        // ok: csharp-sql-string-concat
        return _conn.Execute(sql);
    }

    public List<Loan> LoansOf(AppDbContext db, string iin)
    {
        var query = "SELECT * FROM Loans WHERE Iin = '" + iin + "'";
        // ruleid: csharp-sql-string-concat
        return db.Loans.FromSql(query).ToList();
    }

    public List<Loan> LoansOfSafe(AppDbContext db, string iin)
    {
        // ok: csharp-sql-string-concat
        return db.Loans.FromSql($"SELECT * FROM Loans WHERE Iin = {iin}").ToList();
    }

    public int Archive(AppDbContext db, string branch)
    {
        var sql = $"UPDATE Loans SET Archived = 1 WHERE Branch = '{branch}'";
        // ruleid: csharp-sql-string-concat
        return db.Database.ExecuteSqlCommand(sql);
    }
}
