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

public class FeeFormulaHandler : IHttpHandler
{
    public void ProcessRequest(HttpContext ctx)
    {
        string formula = ctx.Request.QueryString["fee_formula"];
        var source = new StringBuilder("public static class Fee { public static decimal Of(decimal x) => ");
        source.Append(formula + "; }");
        var provider = new CSharpCodeProvider();
        var parameters = new CompilerParameters();
        // ruleid: csharp-code-injection
        CompilerResults results = provider.CompileAssemblyFromSource(parameters, source.ToString());
        ICodeCompiler compiler = provider.CreateCompiler();
        // ruleid: csharp-code-injection
        var again = compiler.CompileAssemblyFromSource(parameters, "class A { int B = " + formula + "; }");
        // ruleid: csharp-code-injection
        var batch = CodeDomProvider.CreateProvider("CSharp").CompileAssemblyFromSourceBatch(parameters, new[] { formula });
        // ok: csharp-code-injection
        var fixedFee = provider.CompileAssemblyFromSource(parameters, "public static class Fee { }");
        // the file a release ships, not the request's text
        // ok: csharp-code-injection
        var fromFile = provider.CompileAssemblyFromFile(parameters, "Rules/Fee.cs");
    }
}
