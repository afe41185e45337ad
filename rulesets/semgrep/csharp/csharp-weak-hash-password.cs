using System.Security.Cryptography;
using System.Text;

public class PasswordService
{
    public string HashPassword(string password)
    {
        using var md5 = MD5.Create();
        // ruleid: csharp-weak-hash-password
        var bytes = md5.ComputeHash(Encoding.UTF8.GetBytes(password));
        return Convert.ToHexString(bytes);
    }

    public string HashPasswordSafe(string password, byte[] salt)
    {
        // ok: csharp-weak-hash-password
        var key = Rfc2898DeriveBytes.Pbkdf2(password, salt, 600000, HashAlgorithmName.SHA256, 32);
        return Convert.ToBase64String(key);
    }

    public string ETag(byte[] body)
    {
        // ok: csharp-weak-hash-password
        return Convert.ToHexString(MD5.HashData(body));
    }

    public string Sign(string payload, string secret)
    {
        // ruleid: csharp-weak-hash-password
        return Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(payload + secret)));
    }
}
