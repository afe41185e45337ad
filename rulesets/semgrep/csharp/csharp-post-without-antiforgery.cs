using System.Web.Mvc;
using Microsoft.AspNetCore.Mvc;

public class RepaymentController : Controller
{
    // ruleid: csharp-post-without-antiforgery
    [HttpPost]
    public ActionResult ConfirmRepayment(string contractNumber, decimal amount)
    {
        return RedirectToAction("Schedule");
    }

    // ruleid: csharp-post-without-antiforgery
    [HttpPost("contracts/{id}/close")]
    [Authorize]
    public IActionResult CloseContract(int id) => RedirectToAction("Index");

    // ruleid: csharp-post-without-antiforgery
    [HttpDelete]
    public async Task<IActionResult> RemoveGuarantor(Guid guarantorId)
    {
        await Task.CompletedTask;
        return View();
    }

    // ruleid: csharp-post-without-antiforgery
    [AcceptVerbs(HttpVerbs.Post)]
    public ActionResult ChangeBranch(string branch) => View();

    // ok: csharp-post-without-antiforgery
    [HttpPost]
    [ValidateAntiForgeryToken]
    public ActionResult UpdatePhone(string phone) => View();

    // ok: csharp-post-without-antiforgery
    [HttpPost, ValidateAntiForgeryToken]
    public ActionResult UpdateEmail(string email) => View();

    // ok: csharp-post-without-antiforgery
    [HttpGet]
    public ActionResult Schedule(string contractNumber) => View();

    // a JSON body cannot be sent by another site's form: ASP.NET Core's input formatters refuse
    // a form's content types
    // ok: csharp-post-without-antiforgery
    [HttpPost]
    public IActionResult Quote([FromBody] QuoteRequest request) => Ok();

    // reported by csharp-csrf-disabled
    // ok: csharp-post-without-antiforgery
    [HttpPost]
    [IgnoreAntiforgeryToken]
    public IActionResult Webhook(string payload) => Ok();
}

[AutoValidateAntiforgeryToken]
public class CashierController : Controller
{
    // ok: csharp-post-without-antiforgery
    [HttpPost]
    public ActionResult AcceptCash(string receipt) => View();
}

[ValidateAntiForgeryToken]
public class BranchAdminController : Controller
{
    // ok: csharp-post-without-antiforgery
    [HttpPost]
    public ActionResult Rename(string name) => View();
}

// API controllers bind bodies as JSON and are called with bearer tokens
[ApiController]
[Route("api/loans")]
public class LoansApiController : ControllerBase
{
    // ok: csharp-post-without-antiforgery
    [HttpPost]
    public IActionResult Apply(LoanApplication application) => Ok();
}

public class ScoringController : ControllerBase
{
    // ok: csharp-post-without-antiforgery
    [HttpPost]
    public IActionResult Score(string iin) => Ok();
}

public class ScheduleBuilder
{
    // not a controller
    // ok: csharp-post-without-antiforgery
    [HttpPost]
    public void Build(string plan) { }
}
