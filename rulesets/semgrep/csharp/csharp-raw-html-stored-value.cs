using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

public class ReviewController : Controller
{
    private readonly IReviewStore _store;

    public async Task<IActionResult> Show(int id)
    {
        var review = await _store.FindAsync(id);
        // ruleid: csharp-raw-html-stored-value
        ViewBag.Body = new HtmlString(review.Text);
        // ok: csharp-raw-html-stored-value
        ViewBag.Title = new HtmlString("<b>Отзыв</b>");
        // ok: csharp-raw-html-stored-value
        ViewBag.Safe = new HtmlString(_sanitizer.Sanitize(review.Text));
        // ok: csharp-raw-html-stored-value
        ViewBag.Encoded = new HtmlString(HtmlEncoder.Default.Encode(review.Text));
        return View();
    }
}

public static class ReviewHtml
{
    public static IHtmlContent Comment(this IHtmlHelper html, CommentModel model)
    {
        // ruleid: csharp-raw-html-stored-value
        return html.Raw(model.Comment);
    }

    public static MarkupString Translated(LocalizedString localizedString)
    {
        // ok: csharp-raw-html-stored-value
        return (MarkupString)localizedString.Value;
    }

    public static IHtmlContent Built(this IHtmlHelper html, string cssClass)
    {
        var sb = new StringBuilder();
        sb.Append("<span class=\"icon\"></span>");
        // ok: csharp-raw-html-stored-value
        return new HtmlString(sb.ToString());
    }
}

public class NoteView : ComponentBase
{
    [Parameter] public NoteModel Note { get; set; }

    // ruleid: csharp-raw-html-stored-value
    protected MarkupString Body => (MarkupString)Note.Body;

    // ruleid: csharp-raw-html-stored-value
    protected MarkupString Body2 => new MarkupString(Note.Body);
}
