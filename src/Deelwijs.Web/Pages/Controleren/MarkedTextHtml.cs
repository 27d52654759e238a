using Deelwijs.Web.Checks;
using Microsoft.AspNetCore.Html;

namespace Deelwijs.Web.Pages.Controleren;

/// <summary>
/// Renders the marked text as one run of HTML without extra whitespace (the box keeps the text's own line breaks):
/// each marked piece is a &lt;mark&gt; that tells screen readers which points of the list it belongs to.
/// </summary>
public static class MarkedTextHtml
{
    public static IHtmlContent Render(IReadOnlyList<TextPiece> pieces)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        var html = new HtmlContentBuilder();
        foreach (var piece in pieces)
        {
            if (!piece.IsMarked)
            {
                html.Append(piece.Text);
                continue;
            }

            var numbers = string.Join(" en ", piece.Findings);
            html.AppendHtml("<mark class=\"dw-mark\"><span class=\"dw-visually-hidden\">begin markering, punt ")
                .Append(numbers)
                .AppendHtml(": </span>")
                .Append(piece.Text)
                .AppendHtml("<span class=\"dw-visually-hidden\"> einde markering</span><span class=\"dw-mark__number\" aria-hidden=\"true\">")
                .Append(string.Join(",", piece.Findings))
                .AppendHtml("</span></mark>");
        }

        return html;
    }
}
