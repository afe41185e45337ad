using System.Text;
using System.Net.Http;
using Microsoft.AspNetCore.Mvc;

public class PreviewController : ControllerBase
{
    private readonly HttpClient _http;

    public async Task<IActionResult> Fetch(string url)
    {
        // ruleid: csharp-ssrf
        var html = await _http.GetStringAsync(url);
        return Ok(html);
    }

    public async Task<IActionResult> Score(string iin)
    {
        // ok: csharp-ssrf
        var r = await _http.GetAsync($"https://bureau.example.kz/api/score/{Uri.EscapeDataString(iin)}");
        // ok: csharp-ssrf
        var r2 = await _http.GetAsync("https://bureau.example.kz/api/report/" + iin);
        return Ok();
    }

    public async Task<IActionResult> Hook()
    {
        // ruleid: csharp-ssrf
        var req = new HttpRequestMessage(HttpMethod.Post, Request.Form["callback"]);
        return Ok(await _http.SendAsync(req));
    }

    public async Task<IActionResult> Rates(string host)
    {
        var url = new StringBuilder("https://");
        url.Append(host).Append("/rates.json");
        // ruleid: csharp-ssrf
        return Ok(await _http.GetStringAsync(url.ToString()));
    }

    public async Task<IActionResult> Report(string iin)
    {
        var url = new StringBuilder("https://bureau.example.kz/api/report/");
        url.Append(iin);
        // ok: csharp-ssrf
        return Ok(await _http.GetStringAsync(url.ToString()));
    }

    public async Task<IActionResult> RatesFixed(string currency)
    {
        var url = new StringBuilder("https://rates.example.kz/");
        url.Append("rates.json");
        // ok: csharp-ssrf
        return Ok(await _http.GetStringAsync(url.ToString()));
    }

    public async Task<IActionResult> Probe(string host, int port)
    {
        using var client = new System.Net.Sockets.TcpClient();
        // ruleid: csharp-ssrf
        await client.ConnectAsync(host, port);
        return Ok("connected");
    }

    public IActionResult ProbeSync(string host)
    {
        // ruleid: csharp-ssrf
        using var client = new TcpClient(host, 443);
        return Ok();
    }

    public async Task<IActionResult> ProbeFixed(int port)
    {
        using var client = new TcpClient();
        // ok: csharp-ssrf
        await client.ConnectAsync("gateway.example.kz", port);
        return Ok();
    }
}

// a minimal API handler passed as a method group: [FromBody] binds the request object
public static class BureauWebhooks
{
    public static async Task<IResult> Ping([FromBody] WebhookTarget target, [FromServices] HttpClient http)
    {
        // ruleid: csharp-ssrf
        var reply = await http.GetAsync(target.CallbackUrl);
        // ok: csharp-ssrf
        var status = await http.GetAsync("https://bureau.example.kz/status");
        return Results.Ok();
    }
}

// a handler registered from another file: the client's key goes to the application's own
// repository or store, whose GetAsync/DeleteAsync is no HTTP request
public static class GuarantorLinksApi
{
    public static async Task<IResult> Unlink(string guarantorId, IGuarantorRepository guarantorRepository, GuarantorStore store, HttpClient bureau)
    {
        // ok: csharp-ssrf
        await guarantorRepository.DeleteAsync(guarantorId);
        // ok: csharp-ssrf
        var row = await store.GetAsync(guarantorId);
        // ruleid: csharp-ssrf
        var check = await bureau.GetAsync(guarantorId);
        return Results.NoContent();
    }
}
