using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Deelwijs.Documents;

/// <summary>Writes "pagina 1 van 3" at the foot of every page, once the page count is known.</summary>
internal static class PageNumbers
{
    private static readonly TextStyle Style = new(8, TextStyle.Muted);

    /// <param name="prefix">Text before the page number on every page ("Leerlingdossier van Sanne de Vries"), or null.</param>
    public static void Stamp(PdfDocument document, PageMargins margins, string? prefix = null)
    {
        var count = document.PageCount;
        var font = DocumentFonts.Create(Style.Size, false);
        var brush = new XSolidBrush(Style.Color);
        for (var i = 0; i < count; i++)
        {
            var page = document.Pages[i];
            using var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var number = string.Create(CultureInfo.InvariantCulture, $"pagina {i + 1} van {count}");
            var text = prefix is null ? number : $"{prefix} · {number}";
            var y = page.Height.Point - (margins.Bottom / 2) - Style.Size;
            var area = new XRect(margins.Left, y, page.Width.Point - margins.Left - margins.Right, Style.LineHeight);
            graphics.DrawString(text, font, brush, area, XStringFormats.TopCenter);
        }
    }
}
