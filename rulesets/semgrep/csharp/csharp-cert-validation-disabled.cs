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

    public static bool ValidatePartner(X509Certificate2 cert)
    {
        var chain = new X509Chain();
        // ruleid: csharp-cert-validation-disabled
        chain.ChainPolicy.VerificationFlags = X509VerificationFlags.AllowUnknownCertificateAuthority;
        return chain.Build(cert);
    }

    public static bool ValidateAnything(X509Certificate2 cert)
    {
        using var chain = new X509Chain();
        // ruleid: csharp-cert-validation-disabled
        chain.ChainPolicy.VerificationFlags = X509VerificationFlags.AllFlags;
        return chain.Build(cert);
    }

    public static bool ValidatePrivateRoot(X509Certificate2 cert, X509Certificate2 root)
    {
        var chain = new X509Chain();
        chain.ChainPolicy.ExtraStore.Add(root);
        // the chain must still end at the partner's own root, compared below
        // ok: csharp-cert-validation-disabled
        chain.ChainPolicy.VerificationFlags = X509VerificationFlags.AllowUnknownCertificateAuthority;
        return chain.Build(cert) && chain.ChainElements[chain.ChainElements.Count - 1].Certificate.Thumbprint == root.Thumbprint;
    }

    public static bool ValidateStrict(X509Certificate2 cert)
    {
        var chain = new X509Chain();
        // ok: csharp-cert-validation-disabled
        chain.ChainPolicy.VerificationFlags = X509VerificationFlags.NoFlag;
        return chain.Build(cert);
    }
}

public static class BureauClientSetup
{
    public static void AddHandlers(HttpClientHandler handler)
    {
        // a handler added to the event accepts every certificate as surely as one assigned
        // ruleid: csharp-cert-validation-disabled
        ServicePointManager.ServerCertificateValidationCallback += (sender, cert, chain, errors) => true;
        // ruleid: csharp-cert-validation-disabled
        ServicePointManager.ServerCertificateValidationCallback += delegate { return true; };
        // ok: csharp-cert-validation-disabled
        ServicePointManager.ServerCertificateValidationCallback += (sender, cert, chain, errors) => errors == SslPolicyErrors.None;
    }
}
