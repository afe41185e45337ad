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

// System.Web and System.Net cookies added to a response collection: Secure and HttpOnly are off
// unless set
public class LegacyAuthController
{
    public void SignIn(HttpResponse response, string token, string password)
    {
        // ruleid: csharp-cookie-insecure
        response.Cookies.Add(new HttpCookie("auth_token", token));
        // ruleid: csharp-cookie-insecure
        response.Cookies.Add(new System.Net.Cookie("password", password));
        // ruleid: csharp-cookie-insecure
        HttpCookie session = new HttpCookie("session_id", token);
        session.Path = "/";
        response.Cookies.Add(session);
        // ok: csharp-cookie-insecure
        HttpCookie remember = new HttpCookie("remember_me", token);
        remember.Secure = true;
        remember.HttpOnly = true;
        response.Cookies.Add(remember);
        // ok: csharp-cookie-insecure
        response.Cookies.Add(new HttpCookie("theme", "dark"));
        // ok: csharp-cookie-insecure
        response.Cookies.Add(new HttpCookie("auth_token", token) { Secure = true, HttpOnly = true });
    }

    public void Fetch(CookieContainer jar, Uri api, string token)
    {
        // ok: csharp-cookie-insecure
        jar.Add(api, new Cookie("session", token));
    }
}
