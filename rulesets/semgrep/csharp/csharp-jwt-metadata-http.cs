using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

public static class AuthSetup
{
    public static void Bearer(IServiceCollection services)
    {
        services.AddAuthentication().AddJwtBearer(o =>
        {
            o.Authority = "http://sso.internal:5000";
            // ruleid: csharp-jwt-metadata-over-http
            o.RequireHttpsMetadata = false;
        });
    }

    public static void Oidc(IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication().AddOpenIdConnect("oidc", options =>
        {
            // ruleid: csharp-jwt-metadata-over-http
            options.RequireHttpsMetadata = false;
            options.Authority = configuration["Oidc:Authority"];
        });
    }

    public static JwtBearerOptions Initializer(AuthSettings settings) =>
        // ruleid: csharp-jwt-metadata-over-http
        new JwtBearerOptions { MetadataAddress = settings.MetadataUrl, RequireHttpsMetadata = false };

    public static JwtBearerOptions HttpsAuthority() =>
        // ok: csharp-jwt-metadata-over-http
        new JwtBearerOptions { Authority = "https://sso.example.kz", RequireHttpsMetadata = false };

    public static void SymmetricKeyOnly(IServiceCollection services, SecurityKey key)
    {
        // no Authority or MetadataAddress: nothing is fetched, the flag does nothing
        services.AddAuthentication().AddJwtBearer(o =>
        {
            // ok: csharp-jwt-metadata-over-http
            o.RequireHttpsMetadata = false;
            o.TokenValidationParameters = new TokenValidationParameters { IssuerSigningKey = key };
        });
    }

    public static void FollowsEnvironment(IServiceCollection services, IWebHostEnvironment env)
    {
        services.AddAuthentication().AddJwtBearer(o =>
        {
            o.Authority = "http://localhost:5000";
            // ok: csharp-jwt-metadata-over-http
            o.RequireHttpsMetadata = !env.IsDevelopment();
        });
    }

    public static void OnlyInDevelopment(IServiceCollection services, IWebHostEnvironment env)
    {
        services.AddAuthentication().AddJwtBearer(o =>
        {
            o.Authority = "http://localhost:5000";
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
