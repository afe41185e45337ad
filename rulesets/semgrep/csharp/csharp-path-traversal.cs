using System.IO;
using Microsoft.AspNetCore.Mvc;

public class DocumentsController : Controller
{
    private const string Root = "/srv/contracts";

    public IActionResult Download(string name)
    {
        var path = Path.Combine(Root, name);
        // ruleid: csharp-path-traversal
        var bytes = System.IO.File.ReadAllBytes(path);
        // ok: csharp-path-traversal
        var bytes2 = System.IO.File.ReadAllBytes(Path.Combine(Root, Path.GetFileName(name)));
        // ruleid: csharp-path-traversal
        return PhysicalFile(Root + "/" + name, "application/pdf");
    }

    public IActionResult Checked(string name)
    {
        var full = Path.GetFullPath(Path.Combine(Root, name));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar))
        {
            return BadRequest();
        }
        // ok: csharp-path-traversal
        return PhysicalFile(full, "application/pdf");
    }

    public IActionResult Terms()
    {
        // ok: csharp-path-traversal
        return PhysicalFile("/srv/static/terms.pdf", "application/pdf");
    }
}
