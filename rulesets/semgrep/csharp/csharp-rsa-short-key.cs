using System.Security.Cryptography;

public static class Keys
{
    public static void Make()
    {
        // ruleid: csharp-rsa-short-key
        using var weak = new RSACryptoServiceProvider(1024);
        // ok: csharp-rsa-short-key
        using var strong = RSA.Create(3072);
    }
}
