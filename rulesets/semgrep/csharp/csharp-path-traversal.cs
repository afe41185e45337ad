using System.Text;
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

    public IActionResult Statement(string month)
    {
        var path = new StringBuilder(Root);
        path.Append("/statements/");
        path.AppendFormat("{0}.pdf", month);
        // ruleid: csharp-path-traversal
        return File(System.IO.File.ReadAllBytes(path.ToString()), "application/pdf");
    }

    public IActionResult StatementChained(string month)
    {
        var path = new StringBuilder(Root);
        path.Append("/statements/").AppendFormat("{0}.pdf", month);
        // a chained call after the first loses the receiver: left
        // todoruleid: csharp-path-traversal
        return File(System.IO.File.ReadAllBytes(path.ToString()), "application/pdf");
    }

    public IActionResult Template(string month)
    {
        var path = new StringBuilder(Root);
        path.Append("/templates/statement.pdf");
        // ok: csharp-path-traversal
        return File(System.IO.File.ReadAllBytes(path.ToString()), "application/pdf");
    }
}

// an uploaded file's name is the client's: it may hold ../ and a path of its choosing
public static class UploadStore
{
    private const string Uploads = "/srv/uploads";

    public static async System.Threading.Tasks.Task Save(Microsoft.AspNetCore.Http.IFormFile file)
    {
        // ruleid: csharp-path-traversal
        using var raw = File.OpenWrite(file.FileName);
        await file.CopyToAsync(raw);
    }

    public static void Keep(Microsoft.AspNetCore.Http.IFormFile upload)
    {
        var target = Path.Combine(Uploads, upload.FileName);
        // ruleid: csharp-path-traversal
        using var stream = new FileStream(target, FileMode.Create);
        upload.CopyTo(stream);
    }

    public static void Named(Microsoft.AspNetCore.Http.IFormFile upload)
    {
        // ok: csharp-path-traversal
        using var stream = new FileStream(Path.Combine(Uploads, Path.GetFileName(upload.FileName)), FileMode.Create);
        upload.CopyTo(stream);
        var ext = Path.GetExtension(upload.FileName);
        // ok: csharp-path-traversal
        using var other = File.Create(Path.Combine(Uploads, System.Guid.NewGuid().ToString("N") + ".pdf"));
    }
}

// a minimal API handler passed as a method group: [FromRoute] binds the request value
public static class ContractScans
{
    public static IResult Download([FromRoute] string scanName)
    {
        // ruleid: csharp-path-traversal
        var bytes = File.ReadAllBytes("/srv/lender/scans/" + scanName);
        // ok: csharp-path-traversal
        var index = File.ReadAllText("/srv/lender/scans/index.txt");
        return Results.Bytes(bytes);
    }
}
