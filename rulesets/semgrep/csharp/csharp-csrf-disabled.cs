using Microsoft.AspNetCore.Mvc;

public class ProfileController : Controller
{
    // ruleid: csharp-csrf-disabled
    [IgnoreAntiforgeryToken]
    [HttpPost]
    public IActionResult ChangePhone(string phone) => Ok();

    // ok: csharp-csrf-disabled
    [ValidateAntiForgeryToken]
    [HttpPost]
    public IActionResult ChangeEmail(string email) => Ok();
}

public static class Startup
{
    public static void Configure(IServiceCollection services)
    {
        // ruleid: csharp-csrf-disabled
        services.AddControllersWithViews(o => o.Filters.Add(new IgnoreAntiforgeryTokenAttribute()));
        // ok: csharp-csrf-disabled
        services.AddControllersWithViews(o => o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()));
    }
}

public class ExternalLoginController : Controller
{
    // The provider answers the login by a cross-site redirect or form POST (response_mode=form_post),
    // which cannot carry an antiforgery token; the protocol handler checks the state and its
    // correlation cookie when the action authenticates with the handler's scheme.
    // ok: csharp-csrf-disabled
    [HttpGet("~/callback/login/{provider}"), HttpPost("~/callback/login/{provider}"), IgnoreAntiforgeryToken]
    public async Task<ActionResult> LogInCallback()
    {
        var result = await HttpContext.AuthenticateAsync(OpenIddictClientAspNetCoreDefaults.AuthenticationScheme);
        var identity = new ClaimsIdentity(authenticationType: "ExternalLogin");
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, result.Principal.FindFirst(ClaimTypes.NameIdentifier).Value));
        return SignIn(new ClaimsPrincipal(identity), new AuthenticationProperties { RedirectUri = "/" });
    }

    // ok: csharp-csrf-disabled
    [IgnoreAntiforgeryToken]
    [HttpPost("signin-partner")]
    public async Task<IActionResult> PartnerCallback()
    {
        var result = await HttpContext.AuthenticateAsync(OpenIdConnectDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, result.Principal);
        return Redirect("/");
    }

    // The application's own cookie: a cross-site form posts here with the user's cookie.
    // ruleid: csharp-csrf-disabled
    [IgnoreAntiforgeryToken]
    [HttpPost("profile/email")]
    public async Task<IActionResult> ChangeEmailFromCookie(string email)
    {
        var result = await HttpContext.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, result.Principal);
        return Ok();
    }

    // A callback that reads the code itself checks no state.
    // ruleid: csharp-csrf-disabled
    [IgnoreAntiforgeryToken]
    [HttpPost("callback/partner")]
    public async Task<IActionResult> HandRolledCallback(string code)
    {
        var principal = await _partner.ExchangeAsync(code);
        return SignIn(principal, new AuthenticationProperties { RedirectUri = "/" });
    }
}
