using System;
using System.Security.Cryptography;
using System.Text;

public class AccountStore
{
    public string Store(string password)
    {
        SHA256 sha256Hash = SHA256.Create();
        // ruleid: csharp-fast-hash-password
        byte[] bytes = sha256Hash.ComputeHash(Encoding.UTF8.GetBytes(password));
        return Convert.ToHexString(bytes);
    }

    public string Quick(string newPassword)
    {
        // ruleid: csharp-fast-hash-password
        return Convert.ToBase64String(SHA512.HashData(Encoding.UTF8.GetBytes(newPassword)));
    }

    public string Salted(string passwd, string salt)
    {
        using (var sha = SHA256.Create())
        {
            // ruleid: csharp-fast-hash-password
            return Convert.ToHexString(sha.ComputeHash(Encoding.UTF8.GetBytes(salt + passwd)));
        }
    }

    public string Pin(string pinCode)
    {
        // ruleid: csharp-fast-hash-password
        return Convert.ToHexString(SHA256.Create().ComputeHash(Encoding.UTF8.GetBytes(pinCode)));
    }

    public string Derived(string password, byte[] salt)
    {
        // ok: csharp-fast-hash-password
        byte[] key = Rfc2898DeriveBytes.Pbkdf2(password, salt, 600000, HashAlgorithmName.SHA256, 32);
        return Convert.ToHexString(key);
    }

    public string Document(byte[] contract)
    {
        // ok: csharp-fast-hash-password
        return Convert.ToHexString(SHA256.HashData(contract));
    }

    public string ResetToken(byte[] random)
    {
        using var sha = SHA256.Create();
        // ok: csharp-fast-hash-password
        return Convert.ToHexString(sha.ComputeHash(random));
    }
}
