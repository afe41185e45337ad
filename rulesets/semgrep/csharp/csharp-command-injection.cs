using System.Text;
using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;

public class ToolsController : ControllerBase
{
    [HttpPost("convert")]
    public IActionResult Convert(string fileName)
    {
        // ruleid: csharp-command-injection
        Process.Start("cmd.exe", "/c soffice --convert-to pdf " + fileName);

        var psi = new ProcessStartInfo("soffice") { UseShellExecute = false };
        // ok: csharp-command-injection
        psi.ArgumentList.Add(fileName);
        Process.Start(psi);

        var p2 = new ProcessStartInfo();
        // ruleid: csharp-command-injection
        p2.FileName = Request.Query["tool"];
        return Ok();
    }

    public IActionResult Backup()
    {
        // ok: csharp-command-injection
        Process.Start("pg_dump", "-f /backup/mfo.sql mfo");
        return Ok();
    }

    [HttpPost("archive")]
    public IActionResult Archive(string folder)
    {
        var args = new StringBuilder("/c tar -czf /backup/out.tgz ");
        args.Append(folder);
        // ruleid: csharp-command-injection
        Process.Start("cmd.exe", args.ToString());
        // ok: csharp-command-injection
        Process.Start("cmd.exe", new StringBuilder("/c dir ").Append("/backup").ToString());
        return Ok();
    }
}

// a minimal API handler passed as a method group: [FromQuery] binds the request value
public static class StatementExport
{
    public static IResult Export([FromQuery] string contractNo, [FromServices] IExporter exporter)
    {
        // ruleid: csharp-command-injection
        Process.Start("/opt/lender/bin/export-statement", "--contract " + contractNo);
        // ok: csharp-command-injection
        Process.Start("/opt/lender/bin/export-statement", "--all");
        return Results.Ok();
    }
}
