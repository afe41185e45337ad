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

    public string NewApiCredential()
    {
        var rng = new Random();
        var key = new byte[32];
        // ruleid: csharp-insecure-random
        rng.NextBytes(key);
        return Convert.ToHexString(key);
    }

    public byte[] NewSalt()
    {
        var salt = new byte[16];
        // ruleid: csharp-insecure-random
        new Random().NextBytes(salt);
        return salt;
    }

    public byte[] Jitter()
    {
        var rng = new Random();
        var noise = new byte[8];
        // ok: csharp-insecure-random
        rng.NextBytes(noise);
        return noise;
    }

    public byte[] NewKeySafe()
    {
        var key = new byte[32];
        // ok: csharp-insecure-random
        RandomNumberGenerator.Fill(key);
        return key;
    }

    void DrawNamedNumbers()
    {
        // `pin` counts only as a word of its own: pin, userPin, PIN_CODE, pinCode, not pinned or spinner
        // ruleid: csharp-insecure-random
        var pin = new Random().Next(10000);
        // ruleid: csharp-insecure-random
        var userPin = new Random().Next(10000);
        // ruleid: csharp-insecure-random
        var PIN_CODE = new Random().Next(10000);
        // ruleid: csharp-insecure-random
        var pinCode = new Random().Next(10000);
        // ok: csharp-insecure-random
        var pinned = new Random().Next(10000);
        // ok: csharp-insecure-random
        var spinner = new Random().Next(10000);
        // ok: csharp-insecure-random
        var shipping = new Random().Next(10000);
        // ok: csharp-insecure-random
        var mapping = new Random().Next(10000);
        // ok: csharp-insecure-random
        var pinyin = new Random().Next(10000);
        // ok: csharp-insecure-random
        var opinion = new Random().Next(10000);
        // ok: csharp-insecure-random
        var PING_INTERVAL = new Random().Next(10000);
    }

    // random bytes turned into text are a token, whatever the variable is called
    string NewReference()
    {
        var rng = new Random();
        byte[] buffer = new byte[16];
        // ruleid: csharp-insecure-random
        rng.NextBytes(buffer);
        return BitConverter.ToString(buffer);
    }

    string NewLink()
    {
        var gen = new Random();
        var bytes = new byte[24];
        // ruleid: csharp-insecure-random
        gen.NextBytes(bytes);
        var link = Convert.ToBase64String(bytes);
        return link;
    }

    string NewHexReference()
    {
        var gen = new Random();
        var raw = new byte[8];
        // ruleid: csharp-insecure-random
        gen.NextBytes(raw);
        return Convert.ToHexString(raw);
    }

    byte[] JitterSamples()
    {
        var gen = new Random();
        var samples = new byte[64];
        // a buffer of noise that is never made a string
        // ok: csharp-insecure-random
        gen.NextBytes(samples);
        return samples;
    }

    string ShuffleLabel()
    {
        var gen = new Random();
        var order = new byte[4];
        // ok: csharp-insecure-random
        gen.NextBytes(order);
        return BitConverter.ToString(new byte[] { 1, 2 });
    }
}
