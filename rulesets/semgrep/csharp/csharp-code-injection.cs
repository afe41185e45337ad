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
}
