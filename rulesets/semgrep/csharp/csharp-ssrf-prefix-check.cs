using System.Net.Http;
using System.Text.RegularExpressions;

public static class Fetcher
{
    public static async Task<string> Preview(HttpClient client, string uri)
    {
        // ruleid: csharp-ssrf-prefix-check
        if (Regex.IsMatch(uri, @"^https://localhost"))
        {
            var r = await client.GetAsync(uri);
            return r.StatusCode.ToString();
        }
        return "";
    }

    public static async Task<string> Partner(HttpClient http, string url)
    {
        // ruleid: csharp-ssrf-prefix-check
        if (url.StartsWith("https://partner.example.kz"))
        {
            return await http.GetStringAsync(url);
        }
        return "";
    }

    public static async Task<string> PartnerRejected(HttpClient http, string url)
    {
        // ruleid: csharp-ssrf-prefix-check
        if (!url.StartsWith("http://bureau.example.kz", StringComparison.OrdinalIgnoreCase))
            return "";
        return await http.GetStringAsync(url);
    }

    public static async Task<string> RegexMatchObject(HttpClient http, string url)
    {
        // ruleid: csharp-ssrf-prefix-check
        if (Regex.Match(url, "^https?://api.example.kz").Success)
        {
            using var req = new HttpRequestMessage(HttpMethod.Get, url);
            return (await http.SendAsync(req)).StatusCode.ToString();
        }
        return "";
    }

    public static async Task<string> WithSlash(HttpClient http, string url)
    {
        // ok: csharp-ssrf-prefix-check
        if (Regex.IsMatch(url, @"^https://localhost/"))
        {
            return await http.GetStringAsync(url);
        }
        // ok: csharp-ssrf-prefix-check
        if (url.StartsWith("https://partner.example.kz/"))
        {
            return await http.GetStringAsync(url);
        }
        // ok: csharp-ssrf-prefix-check
        if (Regex.IsMatch(url, @"^https://api\.example\.kz(:\d+)?(/|$)"))
        {
            return await http.GetStringAsync(url);
        }
        return "";
    }

    public static async Task<string> ByHost(HttpClient http, string url)
    {
        var u = new Uri(url);
        // ok: csharp-ssrf-prefix-check
        if (u.Scheme == Uri.UriSchemeHttps && u.Host == "partner.example.kz")
        {
            return await http.GetStringAsync(u);
        }
        return "";
    }

    public static bool NotFetched(string url)
    {
        // ok: csharp-ssrf-prefix-check
        if (url.StartsWith("https://partner.example.kz"))
        {
            return true;
        }
        return false;
    }
}
