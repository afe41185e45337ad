using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;

namespace Mfo.Bureau
{
    public class BureauClient
    {
        private readonly HttpClient _http;
        private readonly string _apiKey;
        private readonly string _smsPassword;

        public async Task<string> Report(string iin)
        {
            // ruleid: csharp-credential-in-query-string
            return await _http.GetStringAsync($"https://bureau.example.kz/v1/report?iin={iin}&api_key={_apiKey}");
        }

        public async Task<HttpResponseMessage> Send(string phone)
        {
            var url = "https://sms.example.kz/send?login=mfo&password=" + _smsPassword + "&to=" + phone;
            // ruleid: csharp-credential-in-query-string
            return await _http.GetAsync(url);
        }

        public async Task<HttpResponseMessage> ReportWithHeader(string iin)
        {
            // ok: csharp-credential-in-query-string
            var request = new HttpRequestMessage(HttpMethod.Get, $"https://bureau.example.kz/v1/report?iin={iin}");
            request.Headers.Add("Authorization", "Bearer " + _apiKey);
            return await _http.SendAsync(request);
        }
    }

    public class CabinetController : Controller
    {
        public IActionResult AfterLogin(string token, string loanId)
        {
            if (loanId == null)
            {
                // ruleid: csharp-credential-in-query-string
                return Redirect("https://partner.example.kz/cabinet?access_token=" + token);
            }
            // ok: csharp-credential-in-query-string
            return Redirect("/cabinet?loan=" + loanId);
        }
    }

    // the other side: an endpoint that reads a credential from the URL it was called with
    public class CashierController : Controller
    {
        public IActionResult Login(string branch)
        {
            // ruleid: csharp-credential-in-query-string
            var pin = Request.Query["password"];
            // ok: csharp-credential-in-query-string
            var month = Request.Query["month"];
            // ok: csharp-credential-in-query-string
            var link = HttpContext.Request.Query["reset_token"];
            return Ok(pin + month + link + branch);
        }

        // ruleid: csharp-credential-in-query-string
        public IActionResult Open([FromQuery] string tellerId, [FromQuery] string apiKey)
        {
            return Ok(tellerId + apiKey);
        }

        // ok: csharp-credential-in-query-string
        public IActionResult Statement([FromQuery] string tellerId, [FromQuery(Name = "month")] string period, [FromBody] string password)
        {
            return Ok(tellerId + period + password);
        }
    }
}
