using System;
using System.Net.Http;
using System.Threading.Tasks;

namespace Mfo.Partners
{
    public class PartnerClients
    {
        // ruleid: csharp-cleartext-http-url
        private const string ScoringApiUrl = "http://scoring.partner.kz/api/v2/";
        // ok: csharp-cleartext-http-url
        private const string CabinetUrl = "https://cabinet.mfo.kz/";
        // ok: csharp-cleartext-http-url
        private const string DevBaseUrl = "http://localhost:5000/";
        // ok: csharp-cleartext-http-url
        private static readonly string LanServiceUrl = "http://172.16.4.2/bureau";
        // ok: csharp-cleartext-http-url
        private const string SoapNamespace = "http://schemas.xmlsoap.org/soap/envelope/";

        private readonly HttpClient _http;

        public PartnerClients()
        {
            // ruleid: csharp-cleartext-http-url
            _http = new HttpClient { BaseAddress = new Uri("http://api.mfo.kz/v1/") };
        }

        public Task<string> Rates()
        {
            // ruleid: csharp-cleartext-http-url
            return _http.GetStringAsync("http://rates.nationalbank.kz/rss");
        }

        public Task<string> RatesSecure()
        {
            // ok: csharp-cleartext-http-url
            return _http.GetStringAsync("https://rates.nationalbank.kz/rss");
        }

        public Task<HttpResponseMessage> Score(HttpContent body)
        {
            // ruleid: csharp-cleartext-http-url
            return _http.PostAsync(@"http://scoring.partner.kz/score", body);
        }

        public HttpRequestMessage Limits()
        {
            // ruleid: csharp-cleartext-http-url
            return new HttpRequestMessage(HttpMethod.Get, "http://limits.partner.kz/limits");
        }

        public string Hint()
        {
            // ok: csharp-cleartext-http-url
            return "Open http://mfo.kz in a browser";
        }
    }
}
