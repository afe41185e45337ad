using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

[Authorize]
public class LoansController : ControllerBase
{
    // ruleid: csharp-allow-anonymous-sensitive
    [AllowAnonymous]
    [HttpPost("{id}/approve")]
    public IActionResult ApproveLoan(long id) => Ok();

    // ok: csharp-allow-anonymous-sensitive
    [AllowAnonymous]
    [HttpGet("tariffs")]
    public IActionResult Tariffs() => Ok();

    // ok: csharp-allow-anonymous-sensitive
    [HttpDelete("{id}")]
    public IActionResult DeleteLoan(long id) => Ok();
}
