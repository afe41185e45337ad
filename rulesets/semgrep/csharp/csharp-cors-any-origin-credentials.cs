public static class CorsSetup
{
    public static void Add(IServiceCollection services)
    {
        services.AddCors(o => o.AddPolicy("web", p =>
            // ruleid: csharp-cors-any-origin-credentials
            p.SetIsOriginAllowed(_ => true).AllowAnyHeader().AllowAnyMethod().AllowCredentials()));
        services.AddCors(o => o.AddPolicy("web2", p =>
            // ok: csharp-cors-any-origin-credentials
            p.WithOrigins("https://my.example.kz").AllowAnyHeader().AllowCredentials()));
    }
}

public static class CorsSetupMore
{
    public static void Add(IServiceCollection services, IApplicationBuilder app)
    {
        // ruleid: csharp-cors-any-origin-credentials
        app.UseCors(o => o.SetIsOriginAllowed(origin => true).AllowAnyMethod().AllowCredentials());
        // ruleid: csharp-cors-any-origin-credentials
        app.UseCors(o => o.SetIsOriginAllowed(x => _ = true).AllowAnyMethod().AllowCredentials());
        // ruleid: csharp-cors-any-origin-credentials
        app.UseCors(o => o.AllowCredentials().SetIsOriginAllowed((host) => true));
        services.AddCors(o => o.AddPolicy("web3", p =>
        {
            // ruleid: csharp-cors-any-origin-credentials
            p.SetIsOriginAllowed(_ => true);
            p.AllowAnyHeader();
            p.AllowCredentials();
        }));
        // an origin checked by the callback is not any origin
        // ok: csharp-cors-any-origin-credentials
        app.UseCors(o => o.SetIsOriginAllowed(origin => new Uri(origin).Host == "lk.example.kz").AllowCredentials());
        // any origin without credentials: anonymous data only (csharp-cors-any-origin)
        // ok: csharp-cors-any-origin-credentials
        app.UseCors(o => o.SetIsOriginAllowed(_ => true).AllowAnyMethod());
    }
}

// Echoes in a file that sends Access-Control-Allow-Credentials: true (high), anywhere in the file.
public class LoanCorsMiddleware
{
    private static readonly string[] Allowed = { "https://lk.example.kz" };
    private readonly RequestDelegate _next;

    public LoanCorsMiddleware(RequestDelegate next) { _next = next; }

    public async Task Invoke(HttpContext context)
    {
        context.Response.Headers.Add("Access-Control-Allow-Credentials", "true");
        // ruleid: csharp-cors-any-origin-credentials
        context.Response.Headers.Add("Access-Control-Allow-Origin", context.Request.Headers["Origin"]);
        var origin = context.Request.Headers["Origin"].FirstOrDefault();
        if (Allowed.Contains(origin))
        {
            // ok: csharp-cors-any-origin-credentials
            context.Response.Headers["Access-Control-Allow-Origin"] = origin;
        }
        else
        {
            // the else branch is every origin the list refused
            // ruleid: csharp-cors-any-origin-credentials
            context.Response.Headers["Access-Control-Allow-Origin"] = origin;
        }
        await _next(context);
    }
}
