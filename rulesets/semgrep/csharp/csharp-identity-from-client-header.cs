using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Loans.Api.Controllers
{
    [ApiController]
    [Route("api/[controller]")]
    public class PayoutsController : ControllerBase
    {
        private readonly ILedger _ledger;
        private readonly LoansDbContext _db;
        private readonly ILogger<PayoutsController> _logger;

        // The client names the account the payout is taken from.
        [HttpPost]
        public async Task<IActionResult> Payout([FromHeader(Name = "X-User-Id")] string userId, [FromBody] PayoutForm form)
        {
            // ruleid: csharp-identity-from-client-header
            var receipt = await _ledger.DebitAsync(userId, form.Amount);
            return Ok(receipt);
        }

        [HttpGet("loans")]
        public IActionResult MyLoans()
        {
            var customer = Request.Headers["X-Customer-Id"].ToString();
            // ruleid: csharp-identity-from-client-header
            var loans = _db.Loans.Where(l => l.CustomerId == customer).ToList();
            return Ok(loans);
        }

        [HttpGet("balance")]
        public IActionResult Balance()
        {
            string account = HttpContext.Request.Headers["x-account-id"].FirstOrDefault();
            // ruleid: csharp-identity-from-client-header
            return Ok(_ledger.BalanceOf(account));
        }

        [HttpGet("me")]
        public IActionResult Own([FromHeader(Name = "X-Request-Id")] string requestId, [FromHeader(Name = "X-User-Id")] string claimed)
        {
            // The user a verified token gave; request ids and idempotency keys are not identities.
            // ok: csharp-identity-from-client-header
            var b = _ledger.BalanceOf(User.FindFirst("sub").Value);
            // ok: csharp-identity-from-client-header
            _db.Audit.Add(new AuditEntry(requestId, Request.Headers["X-Correlation-Id"]));
            // ok: csharp-identity-from-client-header
            _ledger.Once(Request.Headers["Idempotency-Key"]);
            // REMOTE_USER is set by the server after its own authentication, not by the client.
            // ok: csharp-identity-from-client-header
            _ledger.BalanceOf(Request.ServerVariables["REMOTE_USER"]);
            // Only logged or compared: no one acts as that user.
            // ok: csharp-identity-from-client-header
            _logger.LogInformation("caller claims {User}", claimed);
            // ok: csharp-identity-from-client-header
            if (!string.Equals(User.Identity.Name, claimed)) return Forbid();
            return Ok(b);
        }
    }

    public class CallerContextMiddleware
    {
        public async Task InvokeAsync(HttpContext context, CallerContextHolder holder)
        {
            // The caller of every later query is whoever the header names.
            var actor = new Guid(context.Request.Headers["X-User-Id"].ToString());
            // ruleid: csharp-identity-from-client-header
            holder.Current = new CallerContext { ActorId = actor, Culture = "en" };
            var trace = context.Request.Headers["X-Request-Id"].ToString();
            // ok: csharp-identity-from-client-header
            holder.Trace = new TraceContext { RequestId = trace };
            await _next(context);
        }
    }

    // The role the caller acts with, taken from a header the caller sends: anyone can claim staff.
    public class RoleFromHeaderMiddleware
    {
        public async Task InvokeAsync(HttpContext context, CallerContextHolder holder)
        {
            var role = context.Request.Headers["X-Role"].ToString();
            // ruleid: csharp-identity-from-client-header
            holder.Current = new CallerContext { Role = role };
            await _next(context);
        }
    }
}
