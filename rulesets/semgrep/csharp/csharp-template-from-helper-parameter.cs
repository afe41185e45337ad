using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using RazorLight;

public class RepaymentNoticeController : Controller
{
    private readonly RazorLightEngine _engine;

    public async Task<IActionResult> Preview(int id, string? remark)
    {
        var notice = await Load(id);
        notice.Remark = remark;
        var html = await RenderNotice(notice.Remark, notice);
        return Content(html, "text/html");
    }

    public async Task<IActionResult> Standard(int id)
    {
        var notice = await Load(id);
        var html = await RenderFixed("Dear @Model.Name, your instalment is due.", notice);
        return Content(html, "text/html");
    }

    private async Task<string> RenderNotice(string body, Notice model)
    {
        // ruleid: csharp-template-from-helper-parameter
        return await _engine.CompileRenderStringAsync("notice", body, model);
    }

    private async Task<string> RenderFixed(string text, Notice model)
    {
        // ok: csharp-template-from-helper-parameter
        return await _engine.CompileRenderStringAsync("fixed", text, model);
    }

    protected string RenderLiquid(string source, object model)
    {
        // ruleid: csharp-template-from-helper-parameter
        var tpl = DotLiquid.Template.Parse(source);
        return tpl.Render(DotLiquid.Hash.FromAnonymousObject(model));
    }

    public string Arrears(Notice n)
    {
        return RenderLiquid(n.Footer, n);
    }

    private async Task<string> RenderKey(string key, Notice model)
    {
        // the template is a deployed file named by the parameter, not its text
        // ok: csharp-template-from-helper-parameter
        return await _engine.CompileRenderAsync(key, model);
    }

    public async Task<string> Letter(Notice n)
    {
        return await RenderKey(n.TemplateName, n);
    }
}
