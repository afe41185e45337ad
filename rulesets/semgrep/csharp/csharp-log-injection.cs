using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

public class LoginController : Controller
{
    private readonly ILogger<LoginController> _logger;
    private readonly string _root = "/srv/app";

    public LoginController(ILogger<LoginController> logger) { _logger = logger; }

    public IActionResult Login(string username, int loanId)
    {
        // A name such as "bob\r\ninfo: login ok for admin" forges a second log line.
        // ruleid: csharp-log-injection
        _logger.LogWarning("failed login for " + username);
        // ruleid: csharp-log-injection
        _logger.LogWarning($"failed login for {username}");
        // ruleid: csharp-log-injection
        _logger.LogInformation("client ref {Ref}", Request.Headers["X-Ref"]);
        // ruleid: csharp-log-injection
        File.AppendAllText("logs/access.log", DateTime.UtcNow + " " + username + Environment.NewLine);
        // ok: csharp-log-injection
        _logger.LogWarning("failed login for {User}", username.Replace("\r", "").Replace("\n", ""));
        // ok: csharp-log-injection
        _logger.LogInformation("loan {LoanId} requested", loanId);
        // ok: csharp-log-injection
        _logger.LogInformation("login attempt");
        // ok: csharp-log-injection
        File.AppendAllText("exports/report.csv", username);
        // ruleid: csharp-log-injection
        System.IO.File.AppendAllText(Path.Combine(_root, "audit.log"), $"{DateTime.UtcNow}: {Uri.UnescapeDataString(username)}\n");
        return Ok();
    }

    public async Task<IActionResult> Webhook([FromBody] InvoiceEvent model)
    {
        // ruleid: csharp-log-injection
        _logger.LogWarning("Invoice not found. #" + model.Data.Id);
        var invoice = await _client.GetInvoiceAsync(model.Data.Id);
        // ok: csharp-log-injection
        _logger.LogWarning("Invoice status " + invoice.Status + " not acceptable");
        var account = _accounts.FindByLogin(model.Login);
        // ok: csharp-log-injection
        _logger.LogInformation("account {Id} locked", account.Id);
        return Ok();
    }
}

// classic ASP.NET (System.Web): a request object passed on under any name
public class AuditTrail
{
    private readonly ILogger<AuditTrail> _logger;

    public void Audit(System.Web.HttpRequest req)
    {
        var id = req.QueryString["id"];
        // ruleid: csharp-log-injection
        _logger.LogWarning("failed to parse value = " + id);
        // ruleid: csharp-log-injection
        _logger.LogWarning("cookie " + req.Cookies[0].Value);
        // ok: csharp-log-injection
        _logger.LogWarning("failed to parse value, length " + id.Length);
    }
}

// a message built in a StringBuilder: the request value need not be the first Append
public class TransferAuditController : Controller
{
    private readonly ILogger<TransferAuditController> _logger;

    public IActionResult Transfer(string account, string note)
    {
        var line = new System.Text.StringBuilder();
        line.Append("transfer to ").Append(account).Append(" note=").Append(note);
        // ruleid: csharp-log-injection
        _logger.LogInformation(line.ToString());
        var fixedLine = new System.Text.StringBuilder("transfer requested");
        fixedLine.Append(" by the web form");
        // ok: csharp-log-injection
        _logger.LogInformation(fixedLine.ToString());
        var cleaned = new System.Text.StringBuilder("transfer to ");
        cleaned.Append(account.Length);
        // ok: csharp-log-injection
        _logger.LogInformation(cleaned.ToString());
        return Ok();
    }
}

// minimal API handlers registered as method groups: parameters without a binding attribute are
// bound from the route, the query or the body; services (interfaces, contexts, repositories) and
// [AsParameters]/[FromServices] parameters are not the client's text
public static class RepaymentApi
{
    public static RouteGroupBuilder MapRepaymentApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/repayments");
        api.MapPost("/", SubmitRepaymentAsync);
        api.MapGet("/{contractNumber}", GetScheduleAsync).WithName("schedule");
        return api;
    }

    public static async Task<IResult> SubmitRepaymentAsync(
        RepaymentRequest request, IRepaymentQueue queue, [AsParameters] RepaymentServices services)
    {
        // ruleid: csharp-log-injection
        services.Logger.LogInformation("repayment for contract " + request.ContractNumber);
        // ok: csharp-log-injection
        services.Logger.LogInformation("repayment queue " + queue.Name);
        // ok: csharp-log-injection
        services.Logger.LogInformation("repayment cashier " + services.CashierName);
        // ok: csharp-log-injection
        services.Logger.LogInformation("field {Field} of {Type}", nameof(request.ContractNumber), request.GetType().Name);
        return Results.Accepted();
    }

    public static async Task<IResult> GetScheduleAsync(string contractNumber, int page, ScheduleDbContext db, ILogger<ScheduleMarker> logger,
        [Description("the borrower's branch")] string? branch)
    {
        // ruleid: csharp-log-injection
        logger.LogWarning("schedule branch " + branch);
        // ruleid: csharp-log-injection
        logger.LogWarning("schedule asked for " + contractNumber);
        // ok: csharp-log-injection
        logger.LogWarning("schedule page " + page + " of " + db.Name);
        return Results.Ok();
    }

    // not registered as a handler: its parameters come from the application
    public static void AuditBranch(string branchCode, ILogger<ScheduleMarker> logger)
    {
        // ok: csharp-log-injection
        logger.LogInformation("branch " + branchCode);
    }
}

// minimal API handlers registered from another file (Program.cs:
// app.MapPost("/collections/{contract}/notes", CollectionNotesApi.AddNote)): a public static
// method of a class that registers nothing, returning an HTTP result
public static class CollectionNotesApi
{
    public static async Task<IResult> AddNote(string contract, CollectionNote note, ILogger<CollectionNote> logger, ICollectionStore store)
    {
        // ruleid: csharp-log-injection
        logger.LogInformation("note for contract " + contract);
        // ruleid: csharp-log-injection
        logger.LogInformation("note text " + note.Text);
        // ok: csharp-log-injection
        logger.LogInformation("store " + store.Name);
        return Results.Created();
    }

    public static Ok<string> Echo(decimal amount, ILogger<CollectionNote> logger)
    {
        // ok: csharp-log-injection
        logger.LogInformation("amount " + amount);
        return TypedResults.Ok("done");
    }

    // a helper without an HTTP result, called by the application
    public static void Remember(string contract, ILogger<CollectionNote> logger)
    {
        // ok: csharp-log-injection
        logger.LogInformation("remembered " + contract);
    }
}
