using Microsoft.IdentityModel.Tokens;

public static class Jwt
{
    public static TokenValidationParameters Weak(SecurityKey key) =>
        // ruleid: csharp-jwt-validation-disabled
        new TokenValidationParameters { IssuerSigningKey = key, ValidateLifetime = false, ValidateAudience = false };

    public static TokenValidationParameters Strong(SecurityKey key) =>
        // ok: csharp-jwt-validation-disabled
        new TokenValidationParameters { IssuerSigningKey = key, ValidateIssuer = true, ValidIssuer = "mfo", ValidateAudience = false };
}
