using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

public class AuthController : ControllerBase
{
    public IActionResult Login(string token)
    {
        // ruleid: csharp-cookie-insecure
        Response.Cookies.Append("access_token", token);
        // ok: csharp-cookie-insecure
        Response.Cookies.Append("access_token", token, new CookieOptions { Secure = true, HttpOnly = true, SameSite = SameSiteMode.Strict });
        // ruleid: csharp-cookie-insecure
        Response.Cookies.Append("session", token, new CookieOptions { Secure = false, HttpOnly = true });
        // ok: csharp-cookie-insecure
        Response.Cookies.Append("lang", "kk");
        return Ok();
    }
}
