using System.Net;
using System.Net.Http;

public static class HttpSetup
{
    public static HttpClient Bureau()
    {
        var handler = new HttpClientHandler();
        // ruleid: csharp-cert-validation-disabled
        handler.ServerCertificateCustomValidationCallback = (msg, cert, chain, errors) => true;
        return new HttpClient(handler);
    }

    public static void Legacy()
    {
        // ruleid: csharp-cert-validation-disabled
        ServicePointManager.ServerCertificateValidationCallback = delegate { return true; };
    }

    public static HttpClient Pinned()
    {
        var handler = new HttpClientHandler();
        // ok: csharp-cert-validation-disabled
        handler.ServerCertificateCustomValidationCallback = (msg, cert, chain, errors) => errors == System.Net.Security.SslPolicyErrors.None && cert.GetCertHashString() == Thumbprint;
        return new HttpClient(handler);
    }
}
