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
