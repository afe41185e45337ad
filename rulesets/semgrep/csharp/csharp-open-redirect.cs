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

public class ExternalLoginController : ControllerBase
{
    private readonly IIdentityServerInteractionService _interaction;

    // a parameter with a default value is still the request's
    public async Task<IActionResult> Callback(string returnUrl = null)
    {
        await Task.Yield();
        // ruleid: csharp-open-redirect
        return Redirect(returnUrl);
    }

    public IActionResult Nullable(string? returnUrl = "/")
    {
        // ruleid: csharp-open-redirect
        return Redirect(returnUrl);
    }

    public IActionResult Bound([FromQuery] string returnUrl)
    {
        // ruleid: csharp-open-redirect
        return Redirect(returnUrl);
    }

    public IActionResult Local(string returnUrl = null)
    {
        // ok: csharp-open-redirect
        return LocalRedirect(returnUrl);
    }

    public IActionResult CheckedWithOthers(string returnUrl = null)
    {
        if (!string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl))
        {
            // ok: csharp-open-redirect
            return Redirect(returnUrl);
        }
        return Redirect("/");
    }

    public IActionResult Replaced(string returnUrl = null)
    {
        if (string.IsNullOrEmpty(returnUrl) || !Url.IsLocalUrl(returnUrl))
            returnUrl = Url.Content("~/");
        // ok: csharp-open-redirect
        return Redirect(returnUrl);
    }

    public IActionResult Validated(string returnUrl)
    {
        if (_interaction.IsValidReturnUrl(returnUrl) || Url.IsLocalUrl(returnUrl))
        {
            // ok: csharp-open-redirect
            return Redirect(returnUrl);
        }
        return Redirect("~/");
    }

    public IActionResult ValidatedOnly(string returnUrl)
    {
        if (_interaction.IsValidReturnUrl(returnUrl))
        {
            // ok: csharp-open-redirect
            return Redirect(returnUrl);
        }
        return Redirect("~/");
    }

    public IActionResult Rejected(string returnUrl = null)
    {
        if (!Url.IsLocalUrl(returnUrl))
            throw new InvalidOperationException("open redirect");
        // ok: csharp-open-redirect
        return Redirect(returnUrl);
    }

    public IActionResult WrongWay(string returnUrl = null)
    {
        if (!Url.IsLocalUrl(returnUrl))
        {
            // ruleid: csharp-open-redirect
            return Redirect(returnUrl);
        }
        return LocalRedirect(returnUrl);
    }
}

// a target built in a StringBuilder: the request value need not be the first Append
public class ReturnController : Controller
{
    public IActionResult Back(string host, bool secure)
    {
        var target = new System.Text.StringBuilder();
        target.Append(secure ? "https" : "http").Append("://").Append(host).Append("/login");
        // ruleid: csharp-open-redirect
        return Redirect(target.ToString());
    }

    public IActionResult BackOnSite(string page)
    {
        // a path on this site fixes where the redirect goes
        var target = new System.Text.StringBuilder("/loans/");
        target.Append("view?page=").Append(page);
        // ok: csharp-open-redirect
        return Redirect(target.ToString());
    }

    public IActionResult BackToPage(string page)
    {
        var target = new System.Text.StringBuilder();
        target.Append("/loans/").Append(page);
        // ok: csharp-open-redirect
        return Redirect(target.ToString());
    }

    public IActionResult BackFixed(string page)
    {
        var target = new System.Text.StringBuilder();
        target.Append("https://lk.example.kz/").Append("loans");
        // ok: csharp-open-redirect
        return Redirect(target.ToString());
    }
}
