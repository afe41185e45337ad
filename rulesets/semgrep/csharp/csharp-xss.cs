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
}
