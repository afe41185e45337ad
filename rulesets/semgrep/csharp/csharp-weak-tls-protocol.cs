using System.Net;
using System.Security.Authentication;

public static class Tls
{
    public static void Configure()
    {
        // ruleid: csharp-weak-tls-protocol
        ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls | SecurityProtocolType.Tls12;
        // ok: csharp-weak-tls-protocol
        var p = SslProtocols.Tls12 | SslProtocols.Tls13;
    }
}
