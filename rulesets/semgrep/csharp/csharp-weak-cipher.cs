using System.Security.Cryptography;
using System.Text;

public class IinCipher
{
    public byte[] Encrypt(byte[] data, byte[] key)
    {
        // ruleid: csharp-weak-cipher
        using var des = TripleDES.Create();
        using var aes = Aes.Create();
        // ruleid: csharp-weak-cipher
        aes.Mode = CipherMode.ECB;
        // ruleid: csharp-weak-cipher
        aes.IV = Encoding.UTF8.GetBytes("1234567890123456");
        return aes.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
    }

    public byte[] EncryptGcm(byte[] data, byte[] key)
    {
        var nonce = RandomNumberGenerator.GetBytes(12);
        var tag = new byte[16];
        var ct = new byte[data.Length];
        // ok: csharp-weak-cipher
        using var gcm = new AesGcm(key, 16);
        gcm.Encrypt(nonce, data, ct, tag);
        return ct;
    }
}
