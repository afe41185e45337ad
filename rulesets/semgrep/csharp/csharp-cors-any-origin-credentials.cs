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
