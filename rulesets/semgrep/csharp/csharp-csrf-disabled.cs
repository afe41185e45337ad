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
