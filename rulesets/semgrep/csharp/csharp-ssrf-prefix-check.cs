using System.Net.Http;
using System.Text.RegularExpressions;

public static class Fetcher
{
    public static async Task<string> Preview(HttpClient client, string uri)
    {
        if (Regex.IsMatch(uri, @"^https://localhost"))
        {
            // ruleid: csharp-ssrf-prefix-check
            var r = await client.GetAsync(uri);
            return r.StatusCode.ToString();
        }
        return "";
    }

    public static async Task<string> Partner(HttpClient http, string url)
    {
        if (url.StartsWith("https://partner.example.kz"))
        {
            // ruleid: csharp-ssrf-prefix-check
            return await http.GetStringAsync(url);
        }
        return "";
    }

    public static async Task<string> PartnerRejected(HttpClient http, string url)
    {
        if (!url.StartsWith("http://bureau.example.kz", StringComparison.OrdinalIgnoreCase))
            return "";
        // ruleid: csharp-ssrf-prefix-check
        return await http.GetStringAsync(url);
    }

    public static async Task<string> RegexMatchObject(HttpClient http, string url)
    {
        if (Regex.Match(url, "^https?://api.example.kz").Success)
        {
            // ruleid: csharp-ssrf-prefix-check
            using var req = new HttpRequestMessage(HttpMethod.Get, url);
            return (await http.SendAsync(req)).StatusCode.ToString();
        }
        return "";
    }

    public static async Task<string> EscapedSlashes(HttpClient http, string url)
    {
        if (Regex.IsMatch(url, @"^https:\/\/api\.example\.kz"))
        {
            // ruleid: csharp-ssrf-prefix-check
            return await http.GetStringAsync(url);
        }
        if (Regex.IsMatch(url, @"^https?:\/\/"))
        {
            // ok: csharp-ssrf-prefix-check
            return await http.GetStringAsync(url);
        }
        return "";
    }

    public static async Task<string> WithSlash(HttpClient http, string url)
    {
        if (Regex.IsMatch(url, @"^https://localhost/"))
        {
            // ok: csharp-ssrf-prefix-check
            return await http.GetStringAsync(url);
        }
        if (url.StartsWith("https://partner.example.kz/"))
        {
            // ok: csharp-ssrf-prefix-check
            return await http.GetStringAsync(url);
        }
        if (Regex.IsMatch(url, @"^https://api\.example\.kz(:\d+)?(/|$)"))
        {
            // ok: csharp-ssrf-prefix-check
            return await http.GetStringAsync(url);
        }
        return "";
    }

    public static async Task<string> SchemeOnly(HttpClient http, string url)
    {
        if (url.StartsWith("https://"))
        {
            // ok: csharp-ssrf-prefix-check
            return await http.GetStringAsync(url);
        }
        return "";
    }

    public static async Task<string> ByHost(HttpClient http, string url)
    {
        var u = new Uri(url);
        if (u.Scheme == Uri.UriSchemeHttps && u.Host == "partner.example.kz")
        {
            // ok: csharp-ssrf-prefix-check
            return await http.GetStringAsync(u);
        }
        return "";
    }

    public static async Task<string> LocalFunction(string uri)
    {
        if (System.Text.RegularExpressions.Regex.IsMatch(uri, @"^https://localhost"))
        {
            using HttpClient client = new();
            return await exec(client, uri);
            static async Task<string> exec(HttpClient client, string uri)
            {
                // ruleid: csharp-ssrf-prefix-check
                var r = await client.GetAsync(uri);
                return r.StatusCode.ToString();
            }
        }
        return "";
    }

    public static bool NotFetched(string url)
    {
        if (url.StartsWith("https://partner.example.kz"))
        {
            // ok: csharp-ssrf-prefix-check
            return true;
        }
        return false;
    }
}
