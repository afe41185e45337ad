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
