using System.Data.SqlClient;
using Dapper;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using LedgerCommand = Microsoft.Data.SqlClient.SqlCommand;
using StatementRow = Mfo.Api.Models.StatementRow;

namespace Mfo.Api.Controllers
{
    [ApiController]
    [Route("api/clients")]
    public class ClientsController : ControllerBase
    {
        private readonly SqlConnection _conn;
        private readonly AppDbContext _db;

        [HttpGet("{iin}")]
        public IActionResult ByIin(string iin)
        {
            var sql = "SELECT Id, FullName FROM Clients WHERE Iin = '" + iin + "'";
            // ruleid: csharp-sql-injection
            using var cmd = new SqlCommand(sql, _conn);

            // ok: csharp-sql-injection
            using var safe = new SqlCommand("SELECT Id, FullName FROM Clients WHERE Iin = @iin", _conn);
            safe.Parameters.AddWithValue("@iin", iin);
            return Ok();
        }

        [HttpGet("search")]
        public IActionResult Search([FromQuery] string phone, int page)
        {
            // ruleid: csharp-sql-injection
            var rows = _db.Clients.FromSqlRaw($"SELECT * FROM Clients WHERE Phone = '{phone}'").ToList();
            // ok: csharp-sql-injection
            var rows2 = _db.Clients.FromSqlInterpolated($"SELECT * FROM Clients WHERE Phone = {phone}").ToList();
            // ok: csharp-sql-injection
            var rows3 = _db.Clients.FromSqlRaw($"SELECT * FROM Clients ORDER BY Id OFFSET {page * 20} ROWS").ToList();
            return Ok(rows);
        }

        [HttpGet("loans")]
        public async Task<IActionResult> Loans(string status)
        {
            // ruleid: csharp-sql-injection
            var loans = await _conn.QueryAsync<Loan>("SELECT * FROM Loans WHERE Status = '" + status + "'");
            // ok: csharp-sql-injection
            var loans2 = await _conn.QueryAsync<Loan>("SELECT * FROM Loans WHERE Status = @status", new { status });
            var sort = Request.Query["sort"];
            // ruleid: csharp-sql-injection
            _db.Database.ExecuteSqlRaw("UPDATE Loans SET Viewed = 1 ORDER BY " + sort);
            return Ok(loans);
        }
    }

    [ApiController]
    [Route("api/loans")]
    public class LoanSearchController : ControllerBase
    {
        private readonly AppDbContext _db;

        [HttpGet("by-status")]
        public IActionResult ByStatus(string status, string branch)
        {
            var query = $"SELECT * FROM Loans WHERE Status = '{status}'";
            // ruleid: csharp-sql-injection
            var loans = _db.Loans.FromSql(query).ToList();
            // ok: csharp-sql-injection
            var safe = _db.Loans.FromSql($"SELECT * FROM Loans WHERE Status = {status}").ToList();
            FormattableString parameterised = $"SELECT * FROM Loans WHERE Branch = {branch}";
            // ok: csharp-sql-injection
            var safe2 = _db.Loans.FromSql(parameterised).ToList();
            // ok: csharp-sql-injection
            var safe3 = _db.Loans.FromSql("SELECT * FROM Loans WHERE Branch = {0}", branch).ToList();
            return Ok(loans);
        }

        [HttpPost("close")]
        public IActionResult Close([FromBody] CloseRequest req)
        {
            var sql = "UPDATE Loans SET Status = 'closed' WHERE Number = '" + req.Number + "'";
            // ruleid: csharp-sql-injection
            _db.Database.ExecuteSqlCommand(sql);
            string report = "SELECT SUM(Amount) FROM Payments WHERE Iin = '" + req.Iin + "'";
            // ruleid: csharp-sql-injection
            var total = _db.Database.SqlQuery<decimal>(report).FirstOrDefault();
            // ok: csharp-sql-injection
            _db.Database.ExecuteSqlCommand("UPDATE Loans SET Status = 'closed' WHERE Number = @p0", req.Number);
            return Ok(total);
        }

        [HttpGet("by-name")]
        public IActionResult FindByName(string name)
        {
            var sql = new System.Text.StringBuilder("SELECT * FROM clients WHERE name = '");
            sql.Append(name).Append("'");
            // ruleid: csharp-sql-injection
            var cmd = new SqlCommand(sql.ToString(), _conn);
            return Ok(cmd.ExecuteScalar());
        }

        [HttpGet("by-region")]
        public IActionResult FindByRegion(string region)
        {
            var sql = new System.Text.StringBuilder("SELECT * FROM clients WHERE region = @region");
            sql.Append(" ORDER BY name");
            // ok: csharp-sql-injection
            var cmd = new SqlCommand(sql.ToString(), _conn);
            cmd.Parameters.AddWithValue("@region", region);
            return Ok(cmd.ExecuteScalar());
        }
    }

    public class ReportRepository
    {
        public int Count(SqlConnection conn, string table)
        {
            // ok: csharp-sql-injection
            using var cmd = new SqlCommand("SELECT COUNT(*) FROM " + table, conn);
            return (int)cmd.ExecuteScalar();
        }
    }
}

public static class MinimalApi
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/api/clients/by-phone", async (string phone, NpgsqlDataSource db) =>
        {
            await using var conn = await db.OpenConnectionAsync();
            // ruleid: csharp-sql-injection
            return await conn.QueryFirstOrDefaultAsync<ClientDto>($"SELECT * FROM clients WHERE phone = '{phone}'");
        });
        app.MapGet("/api/clients/by-iin", async (string iin, NpgsqlDataSource db) =>
        {
            await using var conn = await db.OpenConnectionAsync();
            // ok: csharp-sql-injection
            return await conn.QueryFirstOrDefaultAsync<ClientDto>("SELECT * FROM clients WHERE iin = @iin", new { iin });
        });
    }
}

public class RepaymentController : Controller
{
    private readonly AppDbContext _context;
    private readonly LoanRepository _loanRepository;
    private readonly IGraphClient _graphClient;

    [HttpPost]
    public async Task<IActionResult> Search(string iin, string status)
    {
        var sql = $"SELECT * FROM Repayments WHERE Iin = '{iin}'";
        // ruleid: csharp-sql-injection
        var rows = await _context.ExecuteQueryDynamic(sql);
        // ruleid: csharp-sql-injection
        var more = _loanRepository.RunSqlQuery("SELECT * FROM Loans WHERE Status = '" + status + "'");
        // ok: csharp-sql-injection
        var safe = await _context.ExecuteQueryWithParameters("SELECT * FROM Repayments WHERE Iin = @iin", iin);
        // ok: csharp-sql-injection
        var graph = await _graphClient.ExecuteQueryAsync($"{{ client(iin: \"{iin}\") {{ id }} }}");
        return Ok(rows);
    }
}

// minimal API handlers passed as method groups: parameters bound by [FromBody]/[FromQuery]
public static class ArrearsEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapPost("/arrears/search", (Delegate)Search);
        app.MapGet("/arrears/by-branch", ByBranch);
    }

    public static async Task<IResult> Search([FromBody] ArrearsFilter filter, [FromServices] LedgerDb ledger)
    {
        // ruleid: csharp-sql-injection
        var cmd = new SqliteCommand($"SELECT * FROM arrears WHERE officer = '{filter.Officer}'", ledger.Connection);
        // ok: csharp-sql-injection
        var bound = new SqliteCommand("SELECT * FROM arrears WHERE officer = @o", ledger.Connection);
        return Results.Ok();
    }

    public static IResult ByBranch([FromQuery(Name = "branch")] string branch, [FromQuery] int days, LedgerDb ledger)
    {
        // ruleid: csharp-sql-injection
        var cmd = new SqlCommand("SELECT * FROM loans WHERE branch = '" + branch + "'", ledger.SqlConnection);
        // ok: csharp-sql-injection
        var overdue = new SqlCommand("SELECT * FROM loans WHERE days_overdue > " + days, ledger.SqlConnection);
        return Results.Ok();
    }

    public static IResult Recalculate(string scheduleCode, [FromServices] LedgerDb ledger)
    {
        // ok: csharp-sql-injection
        var cmd = new SqlCommand("EXEC recalc '" + scheduleCode + "'", ledger.SqlConnection);
        return Results.Ok();
    }
}

// minimal API handlers registered as method groups (unattributed parameters are request-bound)
public static class BorrowerApi
{
    public static RouteGroupBuilder MapBorrowerApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/borrowers");
        api.MapGet("/search", SearchBorrowersAsync);
        return api;
    }

    public static async Task<IResult> SearchBorrowersAsync(string iin, LendingDbContext db, [FromServices] BranchSettings branch)
    {
        // ruleid: csharp-sql-injection
        var rows = await db.Borrowers.FromSqlRaw("SELECT * FROM borrowers WHERE iin = '" + iin + "'").ToListAsync();
        // ok: csharp-sql-injection
        var inBranch = await db.Borrowers.FromSqlRaw("SELECT * FROM borrowers WHERE branch = '" + branch.Code + "'").ToListAsync();
        return Results.Ok(rows);
    }
}

// minimal API handlers passed as method groups without attributes: simple-typed parameters are
// bound from the route or the query string; [AsParameters] binds a record's properties from them
public record ScheduleQuery(string Branch, int Page);

public class LedgerServices
{
    public LedgerServices(LedgerDb db) { Db = db; }
    public LedgerDb Db { get; }
    public string Table => "loans";
}

public static class ScheduleEndpoints
{
    public static RouteGroupBuilder MapSchedules(this RouteGroupBuilder group)
    {
        group.MapGet("/schedules/{officer}", ByOfficer).WithName("ByOfficer");
        group.MapGet("/schedules", Search);
        group.MapGet("/schedules/table", FromServicesBag);
        return group;
    }

    public static IResult ByOfficer(string officer, LedgerDb ledger)
    {
        // ruleid: csharp-sql-injection
        var cmd = new SqlCommand("SELECT * FROM schedules WHERE officer = '" + officer + "'", ledger.SqlConnection);
        return Results.Ok();
    }

    public static IResult Search([AsParameters] ScheduleQuery query, LedgerDb ledger)
    {
        // ruleid: csharp-sql-injection
        var cmd = new SqlCommand($"SELECT * FROM schedules WHERE branch = '{query.Branch}'", ledger.SqlConnection);
        return Results.Ok();
    }

    public static IResult FromServicesBag([AsParameters] LedgerServices services, int page)
    {
        // a bag of services bound with [AsParameters] is no request data
        // ok: csharp-sql-injection
        var cmd = new SqlCommand("SELECT * FROM " + services.Table, services.Db.SqlConnection);
        return Results.Ok();
    }

    public static IResult NotMapped(string code, LedgerDb ledger)
    {
        // not registered as a handler in this file
        // ok: csharp-sql-injection
        var cmd = new SqlCommand("EXEC recalc '" + code + "'", ledger.SqlConnection);
        return Results.Ok();
    }
}

// minimal API handlers registered from another file (Program.cs:
// app.MapGet("/tariffs/{region}", TariffApi.FindTariff)): the class registers nothing itself, and a
// public or internal static method whose result is an HTTP result is read as a handler
public static class TariffApi
{
    public static async Task<Results<Ok<TariffRow>, NotFound>> FindTariff(string region, LedgerDb ledger, ITariffQueries queries)
    {
        // ruleid: csharp-sql-injection
        var cmd = new SqlCommand("SELECT * FROM tariffs WHERE region = '" + region + "'", ledger.SqlConnection);
        // ok: csharp-sql-injection
        var byTable = new SqlCommand("SELECT * FROM " + queries.TableName, ledger.SqlConnection);
        return TypedResults.Ok(new TariffRow());
    }

    internal static IResult ByProduct(string product, int term, [FromServices] TariffSettings settings, LedgerDb ledger)
    {
        // ruleid: csharp-sql-injection
        var cmd = new SqlCommand($"SELECT * FROM tariffs WHERE product = '{product}'", ledger.SqlConnection);
        // ok: csharp-sql-injection
        var byTerm = new SqlCommand("SELECT * FROM tariffs WHERE term = " + term + " AND zone = '" + settings.Zone + "'", ledger.SqlConnection);
        return Results.Ok();
    }

    // a private helper is no handler another file can register
    private static IResult Refuse(string reason, LedgerDb ledger)
    {
        // ok: csharp-sql-injection
        var cmd = new SqlCommand("INSERT INTO refusals VALUES ('" + reason + "')", ledger.SqlConnection);
        return Results.BadRequest();
    }

    // its result is no HTTP result: a query helper called by the application
    public static Task<int> CountIn(string region, LedgerDb ledger)
    {
        // ok: csharp-sql-injection
        var cmd = new SqlCommand("SELECT COUNT(*) FROM tariffs WHERE region = '" + region + "'", ledger.SqlConnection);
        return Task.FromResult(0);
    }
}

// target-typed `new(...)` (C# 9) names the command type on the left only, and a using alias
// (`using LedgerCommand = Microsoft.Data.SqlClient.SqlCommand;`) renames it
[ApiController]
[Route("api/statements")]
public class StatementController : ControllerBase
{
    private readonly SqlConnection _conn;

    [HttpGet("{account}")]
    public IActionResult ByAccount(string account)
    {
        var sql = "SELECT * FROM statements WHERE account = '" + account + "'";
        // ruleid: csharp-sql-injection
        SqlCommand cmd = new(sql, _conn);
        // ruleid: csharp-sql-injection
        using (System.Data.SqlClient.SqlCommand byIban = new($"SELECT * FROM statements WHERE iban = '{account}'", _conn)) { }
        // ok: csharp-sql-injection
        SqlCommand safe = new("SELECT * FROM statements WHERE account = @account", _conn);
        // ruleid: csharp-sql-injection
        using var drafts = new LedgerCommand("DELETE FROM drafts WHERE account = '" + account + "'");
        // ok: csharp-sql-injection
        using var counted = new LedgerCommand("SELECT COUNT(*) FROM drafts WHERE account = @account");
        // ok: csharp-sql-injection
        var row = new StatementRow(account);
        return Ok();
    }
}
