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

public static class JwtMore
{
    public static void Configure(TokenValidationParameters p)
    {
        // ruleid: csharp-jwt-validation-disabled
        p.RequireExpirationTime = false;
        // the signature is checked with IssuerSigningKey whatever this flag says (it validates the key
        // itself and is false by default)
        // ok: csharp-jwt-validation-disabled
        p.ValidateIssuerSigningKey = false;
    }

    public static TokenValidationParameters KeyNotValidated(SecurityKey key) =>
        // ok: csharp-jwt-validation-disabled
        new TokenValidationParameters { IssuerSigningKey = key, ValidateIssuerSigningKey = false, ValidateLifetime = true };

    public static bool HeaderChooses(string token, byte[] key)
    {
        var handler = new JwtSecurityTokenHandler();
        var jwt = handler.ReadJwtToken(token);
        // ruleid: csharp-jwt-validation-by-header
        if (jwt.Header.Alg == "HS256")
        {
            handler.ValidateToken(token, new TokenValidationParameters { IssuerSigningKey = new SymmetricSecurityKey(key) }, out _);
            return true;
        }
        return true;
    }

    public static bool HeaderChoosesAsync(string token, TokenValidationParameters p)
    {
        var handler = new JsonWebTokenHandler();
        var jwt = handler.ReadJsonWebToken(token);
        // ruleid: csharp-jwt-validation-by-header
        if (jwt.Alg != "none" && jwt.Typ == "JWT")
        {
            return handler.ValidateTokenAsync(token, p).Result.IsValid;
        }
        return true;
    }

    public static bool PinnedFirst(string token, TokenValidationParameters p)
    {
        var handler = new JwtSecurityTokenHandler();
        var jwt = handler.ReadJwtToken(token);
        // ok: csharp-jwt-validation-by-header
        if (jwt.Header.Alg != SecurityAlgorithms.RsaSha256)
            return false;
        handler.ValidateToken(token, p, out _);
        return true;
    }

    public static string KeyById(string token, IDictionary<string, SecurityKey> keys)
    {
        var jwt = new JwtSecurityTokenHandler().ReadJwtToken(token);
        // ok: csharp-jwt-validation-by-header
        if (keys.ContainsKey(jwt.Header.Kid))
        {
            return jwt.Header.Kid;
        }
        return null;
    }
}
