using System.Data.SqlClient;
using Dapper;
using ArchiveCommand = Npgsql.NpgsqlCommand;

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

public class LoanOfficerController : Controller
{
    private readonly AppDbContext _db;
    private readonly SqlConnection _conn;

    private async Task<Loan?> FindByContract(string contractNo)
    {
        var sql = $"SELECT * FROM Loans WHERE ContractNo = '{contractNo}'";
        using var cmd = _conn.CreateCommand();
        // ruleid: csharp-sql-string-concat
        cmd.CommandText = sql;
        return await ReadLoan(cmd);
    }

    private List<Dictionary<string, object>> ScheduleFor(int clientId, string period)
    {
        var sql = $"SELECT * FROM Schedule WHERE ClientId = {clientId} AND Period = '{period}'";
        // ruleid: csharp-sql-string-concat
        return _db.ExecuteRawQueryDynamic(sql);
    }

    private List<Dictionary<string, object>> ScheduleSafe(int clientId, string period)
    {
        // ok: csharp-sql-string-concat
        return _db.ExecuteQueryWithParameters("SELECT * FROM Schedule WHERE Period = @p", period);
    }

    private int Reprice(string branch)
    {
        // ok: csharp-sql-string-concat
        return _db.Database.ExecuteSqlInterpolated($"UPDATE Loans SET Rate = 0.3 WHERE Branch = {branch}");
    }

    private Task<ApiResult> AskGateway(string question)
    {
        var text = $"{{ loans(where: \"{question}\") {{ id }} }}";
        // ok: csharp-sql-string-concat
        return _graphClient.ExecuteQueryAsync(text);
    }

    public IActionResult Index(string contractNo)
    {
        var sql = $"SELECT * FROM Loans WHERE ContractNo = '{contractNo}'";
        // ok: csharp-sql-string-concat
        return Ok(_db.ExecuteRawQueryDynamic(sql));
    }
}

public class ArrearsReportController : Controller
{
    private readonly AppDbContext _context;

    private List<Dictionary<string, object>> Filter(string region, string orderBy)
    {
        var sql = new StringBuilder("SELECT * FROM Arrears WHERE 1 = 1");
        var where = new List<string>();
        where.Add($"Region = '{region}'");
        sql.Append(" AND " + string.Join(" AND ", where));
        sql.Append($" ORDER BY {orderBy}");
        // ruleid: csharp-sql-string-concat
        return _context.ExecuteQueryDynamic(sql.ToString());
    }

    private List<Dictionary<string, object>> FilterFixed(string region)
    {
        var sql = new StringBuilder("SELECT * FROM Arrears WHERE Region = @region");
        var where = new List<string>();
        where.Add("Active = 1");
        sql.Append(" AND " + string.Join(" AND ", where));
        // ok: csharp-sql-string-concat
        return _context.ExecuteQueryDynamic(sql.ToString());
    }
}

public class CollectionsController : Controller
{
    private readonly AppDbContext _context;

    private List<Dictionary<string, object>> Overdue(string? collector, int? days)
    {
        var sql = new StringBuilder("SELECT * FROM Overdue WHERE 1 = 1");
        if (!string.IsNullOrEmpty(collector))
        {
            sql.Append($" AND Collector = '{collector}'");
        }
        // ruleid: csharp-sql-string-concat
        return _context.ExecuteQueryDynamic(sql.ToString());
    }
}

public class StatementRepository
{
    private readonly SqlConnection _conn;
    private readonly NpgsqlConnection _archive;

    public string HolderOf(string account)
    {
        string query = "SELECT holder FROM statements WHERE account = '" + account + "'";
        // ruleid: csharp-sql-string-concat
        SqlCommand command = new(query, _conn);
        // ok: csharp-sql-string-concat
        SqlCommand byParameter = new("SELECT holder FROM statements WHERE account = @account", _conn);
        return (string)command.ExecuteScalar();
    }

    public void Archive(string branch)
    {
        // ruleid: csharp-sql-string-concat
        using var cmd = new ArchiveCommand($"UPDATE statements SET archived = true WHERE branch = '{branch}'", _archive);
        // ok: csharp-sql-string-concat
        using var safe = new ArchiveCommand("UPDATE statements SET archived = true WHERE branch = @branch", _archive);
        cmd.ExecuteNonQuery();
    }
}
