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

    public string Fingerprint(string password)
    {
        using var md5 = MD5.Create();
        // ruleid: csharp-weak-hash-password
        var digest = md5.ComputeHash(Encoding.UTF8.GetBytes(password));
        return Convert.ToHexString(digest);
    }

    public byte[] Store(string pinCode)
    {
        // ruleid: csharp-weak-hash-password
        return SHA1.HashData(Encoding.UTF8.GetBytes(pinCode));
    }

    public string Digest(string clientSecret)
    {
        using (var sha = new SHA1Managed())
        {
            // ruleid: csharp-weak-hash-password
            return Convert.ToBase64String(sha.ComputeHash(Encoding.UTF8.GetBytes(clientSecret)));
        }
    }

    public string Cache(string documentBody)
    {
        using var md5 = MD5.Create();
        // ok: csharp-weak-hash-password
        var digest = md5.ComputeHash(Encoding.UTF8.GetBytes(documentBody));
        return Convert.ToHexString(digest);
    }

    public string ContentKey(byte[] scannedPassport)
    {
        // ok: csharp-weak-hash-password
        return Convert.ToHexString(SHA1.HashData(scannedPassport));
    }

    public string Pinned(string spinnerLabel)
    {
        // ok: csharp-weak-hash-password
        return Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(spinnerLabel)));
    }
}

public class CollectorController : Controller
{
    public IActionResult SignIn(string login, string password)
    {
        var stored = DigestOf(password);
        return View(stored);
    }

    // a helper named for neither a password nor its algorithm, called with a password below
    private string DigestOf(string value)
    {
        using var md5 = MD5.Create();
        // ruleid: csharp-weak-hash-password
        var raw = md5.ComputeHash(Encoding.UTF8.GetBytes(value));
        return Convert.ToHexString(raw);
    }

    private static string Sha1Hex(string text)
    {
        // ruleid: csharp-weak-hash-password
        return Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(text)));
    }

    public bool CheckPin(string officerPwd, string expected)
    {
        if (Sha1Hex(officerPwd) == expected) { return true; }
        return false;
    }

    private string Md5OfFile(string path)
    {
        using var md5 = MD5.Create();
        // ok: csharp-weak-hash-password
        var raw = md5.ComputeHash(System.IO.File.ReadAllBytes(path));
        return Convert.ToHexString(raw);
    }

    public string ScheduleEtag(string scheduleJson)
    {
        return Md5OfFile(scheduleJson);
    }
}
