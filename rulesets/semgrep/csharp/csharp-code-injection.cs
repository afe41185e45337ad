using System.Text;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.AspNetCore.Mvc;

public class ScoringController : ControllerBase
{
    public async Task<IActionResult> Eval(string formula)
    {
        // ruleid: csharp-code-injection
        var score = await CSharpScript.EvaluateAsync<double>(formula);
        // ok: csharp-code-injection
        var fixedScore = await CSharpScript.EvaluateAsync<double>("0.35 * 100");
        return Ok(score);
    }

    public IActionResult Make(string typeName)
    {
        // ruleid: csharp-code-injection
        var t = Type.GetType(typeName);
        // ok: csharp-code-injection
        var t2 = Type.GetType("Mfo.Scoring.DefaultModel");
        return Ok();
    }

    public async Task<IActionResult> Weighted(string factor)
    {
        var formula = new StringBuilder("0.35 * ");
        formula.Append(factor);
        // ruleid: csharp-code-injection
        var score = await CSharpScript.EvaluateAsync<double>(formula.ToString());
        var fixedFormula = new StringBuilder("0.35 * ");
        fixedFormula.Append("100");
        // ok: csharp-code-injection
        var fixedScore = await CSharpScript.EvaluateAsync<double>(fixedFormula.ToString());
        return Ok(score);
    }
}

public class NoticeController : Controller
{
    [HttpPost]
    public IActionResult Preview(string body, string greeting)
    {
        // ruleid: csharp-code-injection
        var template = DotLiquid.Template.Parse(body);
        // ruleid: csharp-code-injection
        var scriban = Scriban.Template.Parse(greeting);
        // ruleid: csharp-code-injection
        var hb = HandlebarsDotNet.Handlebars.Compile(body);
        // ok: csharp-code-injection
        var fixedTemplate = DotLiquid.Template.Parse("Dear {{ client_name }}, your payment is due.");
        return Content(template.Render());
    }
}
