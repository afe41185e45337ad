using System.Collections.Generic;
using System.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

// No Access-Control-Allow-Credentials header is sent anywhere in this file: an echoed Origin
// lets any site read only what an anonymous request can (medium).
public static class RatesCors
{
    private static readonly HashSet<string> Allowed = new() { "https://lk.example.kz" };

    public static void Use(IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            // ruleid: csharp-cors-reflected-origin
            context.Response.Headers["Access-Control-Allow-Origin"] = context.Request.Headers["Origin"];
            // ruleid: csharp-cors-reflected-origin
            context.Response.Headers.Add("Access-Control-Allow-Origin", context.Request.Headers["Origin"].ToString());
            var origin = context.Request.Headers["Origin"].ToString();
            // a check of the method, not of the origin
            if (context.Request.Method == "OPTIONS")
            {
                // ruleid: csharp-cors-reflected-origin
                context.Response.Headers.Add("Access-Control-Allow-Origin", context.Request.Headers["Origin"]);
            }
            // a header that is merely present is any origin
            if (!string.IsNullOrEmpty(origin))
            {
                // ruleid: csharp-cors-reflected-origin
                context.Response.Headers.Append("Access-Control-Allow-Origin", origin);
            }
            if (Allowed.Contains(origin))
            {
                // ok: csharp-cors-reflected-origin
                context.Response.Headers["Access-Control-Allow-Origin"] = origin;
            }
            else
            {
                // the else branch is every origin the list refused
                // ruleid: csharp-cors-reflected-origin
                context.Response.Headers["Access-Control-Allow-Origin"] = origin;
            }
            if (!string.IsNullOrWhiteSpace(origin) && Allowed.Contains(origin))
            {
                // ok: csharp-cors-reflected-origin
                context.Response.Headers["Access-Control-Allow-Origin"] = origin;
            }
            if (origin == "https://lk.example.kz")
            {
                // ok: csharp-cors-reflected-origin
                context.Response.Headers[HeaderNames.AccessControlAllowOrigin] = origin;
            }
            if (!Allowed.Contains(origin))
            {
                // ruleid: csharp-cors-reflected-origin
                context.Response.Headers[HeaderNames.AccessControlAllowOrigin] = origin;
            }
            // ok: csharp-cors-reflected-origin
            context.Response.Headers["Access-Control-Allow-Origin"] = "*";
            await next();
        });
    }

    public static void Typed(HttpContext http)
    {
        // ruleid: csharp-cors-reflected-origin
        http.Response.Headers.AccessControlAllowOrigin = http.Request.Headers.Origin;
        string origin = http.Request.Headers[HeaderNames.Origin];
        if (IsOriginAllowed(origin))
        {
            // ok: csharp-cors-reflected-origin
            http.Response.Headers.AccessControlAllowOrigin = origin;
        }
    }

    private static bool IsOriginAllowed(string origin) => Allowed.Contains(origin);
}
