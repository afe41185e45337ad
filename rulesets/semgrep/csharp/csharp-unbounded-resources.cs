using Microsoft.AspNetCore.Mvc;

public class UploadController : ControllerBase
{
    // ruleid: csharp-unbounded-resources
    [DisableRequestSizeLimit]
    [HttpPost("upload")]
    public IActionResult Upload(IFormFile file) => Ok();

    // ok: csharp-unbounded-resources
    [RequestSizeLimit(10_000_000)]
    [HttpPost("upload2")]
    public IActionResult Upload2(IFormFile file) => Ok();
}

public static class Setup
{
    public static void Configure(HttpClient client, KestrelServerOptions o)
    {
        // ruleid: csharp-unbounded-resources
        client.Timeout = Timeout.InfiniteTimeSpan;
        // ok: csharp-unbounded-resources
        client.Timeout = TimeSpan.FromSeconds(15);
        // ruleid: csharp-unbounded-resources
        o.Limits.MaxRequestBodySize = null;
    }
}
