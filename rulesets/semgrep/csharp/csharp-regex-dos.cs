using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;

public class SearchController : ControllerBase
{
    public IActionResult Find(string pattern, string text)
    {
        // ruleid: csharp-regex-dos
        var ok = Regex.IsMatch(text, pattern);
        // ok: csharp-regex-dos
        var ok2 = Regex.IsMatch(text, Regex.Escape(pattern));
        // ok: csharp-regex-dos
        var ok3 = Regex.IsMatch(text, "^[0-9]{12}$");
        // ruleid: csharp-regex-dos
        var re = new Regex(pattern, RegexOptions.IgnoreCase);
        return Ok(ok);
    }
}
