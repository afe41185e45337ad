using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;

public class GreetController : Controller
{
    public IActionResult Hello(string name)
    {
        // ruleid: csharp-xss
        return Content("<h1>Здравствуйте, " + name + "</h1>", "text/html");
    }

    public IActionResult HelloSafe(string name)
    {
        // ok: csharp-xss
        return Content("<h1>Здравствуйте, " + HtmlEncoder.Default.Encode(name) + "</h1>", "text/html");
    }

    public IActionResult Plain(string name)
    {
        // ok: csharp-xss
        return Content("Здравствуйте, " + name);
    }

    public IActionResult Note(string note)
    {
        // ruleid: csharp-xss
        ViewBag.Note = new HtmlString(note);
        return View();
    }

    public ContentResult Echo(string data)
    {
        var page = new StringBuilder();
        page.Append(data);
        return new ContentResult()
        {
            // ruleid: csharp-xss
            Content = page.ToString(),
            ContentType = "text/html",
        };
    }

    public ContentResult Banner(string title)
    {
        var page = new StringBuilder("<h1>");
        page.Append(title).Append("</h1>");
        // ruleid: csharp-xss
        return Content(page.ToString(), "text/html");
    }

    public ContentResult Inline(string data)
    {
        // ruleid: csharp-xss
        return new ContentResult() { Content = "<p>" + data + "</p>", ContentType = "text/html" };
    }

    public ContentResult EchoEncoded(string data)
    {
        var page = new StringBuilder();
        page.Append(HtmlEncoder.Default.Encode(data));
        return new ContentResult()
        {
            // ok: csharp-xss
            Content = page.ToString(),
            ContentType = "text/html",
        };
    }

    public ContentResult EchoJson(string data)
    {
        var page = new StringBuilder();
        page.Append(data);
        return new ContentResult()
        {
            // ok: csharp-xss
            Content = page.ToString(),
            ContentType = "application/json",
        };
    }

    public ContentResult Fixed(string data)
    {
        var page = new StringBuilder();
        page.Append("<p>static</p>");
        Log(data);
        // ok: csharp-xss
        return Content(page.ToString(), "text/html");
    }
}

// Classic ASP.NET: an IHttpHandler writes to the context's response (text/html unless set).
public class RepaymentReceiptHandler : System.Web.IHttpHandler
{
    public bool IsReusable => false;

    public void ProcessRequest(System.Web.HttpContext ctx)
    {
        ctx.Response.Write(
            // ruleid: csharp-xss
            "<p>Receipt for contract " + ctx.Request.QueryString["contract"] + " not found.</p>");
    }
}

public class BranchBannerHandler : System.Web.IHttpHandler
{
    public bool IsReusable => false;

    public void ProcessRequest(System.Web.HttpContext context)
    {
        var branch = context.Request.QueryString["branch"];
        // ruleid: csharp-xss
        System.Web.HttpContext.Current.Response.Write("<h1>" + branch + "</h1>");
        // ok: csharp-xss
        context.Response.Write(System.Web.HttpUtility.HtmlEncode(branch));
        // ok: csharp-xss
        context.Response.Write(context.Server.HtmlEncode(branch));
    }
}

public class StatementFileHandler : System.Web.IHttpHandler
{
    public bool IsReusable => false;

    public void ProcessRequest(System.Web.HttpContext context)
    {
        var name = context.Request.QueryString["statement"];
        // the file's text is not the request's (the name chosen is a path traversal, not XSS)
        // ok: csharp-xss
        context.Response.Write(System.IO.File.ReadAllText("/srv/statements/" + name));
    }
}

public class ContractStatusHandler : System.Web.IHttpHandler
{
    public bool IsReusable => false;

    public void ProcessRequest(System.Web.HttpContext context)
    {
        context.Response.ContentType = "text/plain";
        // ok: csharp-xss
        context.Response.Write("status of " + context.Request.QueryString["contract"]);
    }
}
