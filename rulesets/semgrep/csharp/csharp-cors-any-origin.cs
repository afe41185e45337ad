public static class PublicCorsSetup
{
    public static void Add(IServiceCollection services, string[] allowed)
    {
        services.AddCors(options =>
        {
            options.AddPolicy("open", policy =>
            {
                // ruleid: csharp-cors-any-origin
                policy.AllowAnyOrigin()
                      .AllowAnyHeader()
                      .AllowAnyMethod();
            });
            options.AddPolicy("star", policy =>
                // ruleid: csharp-cors-any-origin
                policy.WithOrigins("*").AllowAnyHeader());
            options.AddPolicy("open-with-cookies", policy =>
                // ruleid: csharp-cors-any-origin-with-credentials
                policy.AllowAnyOrigin().AllowAnyHeader().AllowCredentials());
            options.AddPolicy("cookies-then-open", policy =>
                // ruleid: csharp-cors-any-origin-with-credentials
                policy.AllowCredentials().AllowAnyHeader().AllowAnyOrigin());
            options.AddPolicy("statements", policy =>
            {
                // ruleid: csharp-cors-any-origin-with-credentials
                policy.AllowAnyOrigin();
                policy.AllowAnyHeader();
                // ok: csharp-cors-any-origin
                policy.AllowCredentials();
            });
            options.AddPolicy("front", policy =>
                // ok: csharp-cors-any-origin
                policy.WithOrigins("https://lk.example.kz").AllowAnyHeader().AllowCredentials());
            options.AddPolicy("configured", policy =>
                // ok: csharp-cors-any-origin-with-credentials
                policy.SetIsOriginAllowed(origin => allowed.Contains(origin)).AllowAnyMethod());
        });
    }

    public static void Use(WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            // ok: csharp-cors-any-origin
            app.UseCors(b => b.AllowAnyOrigin().AllowAnyHeader());
        }
    }
}
