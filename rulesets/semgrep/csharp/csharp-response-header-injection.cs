using System;
using System.Collections.Generic;
using Microsoft.AspNetCore.Mvc;

public class StatementController : Controller
{
    private static readonly Dictionary<string, string> Types = new() { ["pdf"] = "application/pdf" };

    public IActionResult Download(string name, string type)
    {
        // ruleid: csharp-response-header-injection
        Response.Headers["Content-Disposition"] = "attachment; filename=" + name;
        // ruleid: csharp-response-header-injection
        Response.Headers.Add("X-Client-Ref", Request.Headers["X-Ref"]);
        // ruleid: csharp-response-header-injection
        Response.Headers.Append("Content-Type", type);
        // ok: csharp-response-header-injection
        Response.Headers["Content-Disposition"] = "attachment; filename*=UTF-8''" + Uri.EscapeDataString(name);
        // ok: csharp-response-header-injection
        Response.Headers["Content-Type"] = Types.GetValueOrDefault(type, "application/pdf");
        // ok: csharp-response-header-injection
        Response.Headers["Cache-Control"] = "no-store";
        // ok: csharp-response-header-injection
        Response.Headers["X-Name"] = name.Replace("\r", "").Replace("\n", "");
        // a path on the same site is no open redirect, but it carries the client's CR/LF all the same
        // ruleid: csharp-response-header-injection
        Response.Headers["Location"] = "/statement?lang=" + name;
        return Ok();
    }

    public IActionResult Lang(int id)
    {
        // ok: csharp-response-header-injection
        Response.Headers["X-Loan"] = id.ToString();
        return Ok();
    }
}

// classic ASP.NET (System.Web): a request object passed on under any name
public class ExportWriter
{
    public void Export(System.Web.HttpRequest req, System.Web.HttpResponse resp)
    {
        // ruleid: csharp-response-header-injection
        resp.AddHeader("Content-Disposition", "attachment; filename=" + req.QueryString["name"]);
        // ok: csharp-response-header-injection
        resp.AddHeader("Content-Disposition", "attachment; filename=" + Uri.EscapeDataString(req.QueryString["name"]));
    }
}

// a header value built in a StringBuilder: the request value need not be the first Append
public class ExportController : Controller
{
    public IActionResult Export(string name)
    {
        var disposition = new System.Text.StringBuilder();
        disposition.Append("attachment; ").Append("filename=").Append(name);
        // ruleid: csharp-response-header-injection
        Response.Headers["Content-Disposition"] = disposition.ToString();
        var fixedDisposition = new System.Text.StringBuilder("attachment; ");
        fixedDisposition.Append("filename=statement.pdf");
        // ok: csharp-response-header-injection
        Response.Headers["Content-Disposition"] = fixedDisposition.ToString();
        return Ok();
    }
}
