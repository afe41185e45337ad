using System;
using System.Security.Cryptography;

public class OtpService
{
    private static readonly Random Rng = new Random();

    public string GenerateOtp()
    {
        // ruleid: csharp-insecure-random
        return Rng.Next(0, 1000000).ToString("D6");
    }

    public string GenerateOtpSafe()
    {
        // ok: csharp-insecure-random
        return RandomNumberGenerator.GetInt32(0, 1000000).ToString("D6");
    }

    public TimeSpan RetryDelay()
    {
        // ok: csharp-insecure-random
        return TimeSpan.FromMilliseconds(new Random().Next(100, 500));
    }

    public void Issue(User u)
    {
        // ruleid: csharp-insecure-random
        var resetToken = new Random().Next().ToString("x8");
        u.Save(resetToken);
    }
}
