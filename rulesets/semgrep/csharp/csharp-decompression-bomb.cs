using System.IO;
using System.IO.Compression;

public static class Unpack
{
    public static byte[] Gunzip(Stream input)
    {
        using var gz = new GZipStream(input, CompressionMode.Decompress);
        using var ms = new MemoryStream();
        // ruleid: csharp-decompression-bomb
        gz.CopyTo(ms);
        return ms.ToArray();
    }

    public static byte[] Gzip(Stream input)
    {
        using var gz = new GZipStream(input, CompressionMode.Compress);
        using var ms = new MemoryStream();
        // ok: csharp-decompression-bomb
        gz.CopyTo(ms);
        return ms.ToArray();
    }
}
