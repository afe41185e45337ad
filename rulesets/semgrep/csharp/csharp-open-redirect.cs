using Microsoft.AspNetCore.Mvc;

public class AccountController : Controller
{
    public IActionResult AfterLogin(string returnUrl)
    {
        // ruleid: csharp-open-redirect
        return Redirect(returnUrl);
    }

    public IActionResult AfterLoginSafe(string returnUrl)
    {
        if (Url.IsLocalUrl(returnUrl))
        {
            // ok: csharp-open-redirect
            return Redirect(returnUrl);
        }
        // ok: csharp-open-redirect
        return LocalRedirect(returnUrl);
    }

    public IActionResult Loan(string id)
    {
        // ok: csharp-open-redirect
        return Redirect("/cabinet/loans/" + id);
    }
}
