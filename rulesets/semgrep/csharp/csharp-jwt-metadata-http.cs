using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

public static class AuthSetup
{
    public static void Bearer(IServiceCollection services)
    {
        services.AddAuthentication().AddJwtBearer(o =>
        {
            o.Authority = "https://sso.example.kz";
            // ruleid: csharp-jwt-metadata-over-http
            o.RequireHttpsMetadata = false;
        });
    }

    public static void Oidc(IServiceCollection services)
    {
        services.AddAuthentication().AddOpenIdConnect("oidc", options =>
        {
            options.Authority = "https://sso.example.kz";
            // ruleid: csharp-jwt-metadata-over-http
            options.RequireHttpsMetadata = false;
        });
    }

    public static JwtBearerOptions Initializer() =>
        // ruleid: csharp-jwt-metadata-over-http
        new JwtBearerOptions { Authority = "https://sso.example.kz", RequireHttpsMetadata = false };

    public static void FollowsEnvironment(IServiceCollection services, IWebHostEnvironment env)
    {
        services.AddAuthentication().AddJwtBearer(o =>
        {
            // ok: csharp-jwt-metadata-over-http
            o.RequireHttpsMetadata = !env.IsDevelopment();
        });
    }

    public static void OnlyInDevelopment(IServiceCollection services, IWebHostEnvironment env)
    {
        services.AddAuthentication().AddJwtBearer(o =>
        {
            if (env.IsDevelopment())
            {
                // ok: csharp-jwt-metadata-over-http
                o.RequireHttpsMetadata = false;
            }
        });
    }

    public static void FromConfiguration(IServiceCollection services, AuthSettings settings)
    {
        services.AddAuthentication().AddJwtBearer(o =>
        {
            // ok: csharp-jwt-metadata-over-http
            o.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            // ok: csharp-jwt-metadata-over-http
            o.RequireHttpsMetadata = true;
        });
    }
}
