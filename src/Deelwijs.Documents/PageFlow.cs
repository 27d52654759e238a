using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Deelwijs.Documents;

/// <summary>Writes wrapped text top to bottom over A4 pages, starting a new page when one is full.</summary>
internal sealed class PageFlow(PdfDocument document, PageMargins margins, Action<PageFlow>? pageStarted = null) : IDisposable
{
    private const double BulletIndent = 14;

    private readonly Dictionary<(double Size, bool Bold), XFont> fonts = [];
    private XGraphics? graphics;
    private PdfPage? page;

    public double Left => margins.Left;

    public double Width => (page?.Width.Point ?? XUnit.FromMillimeter(210).Point) - margins.Left - margins.Right;

    public double Y { get; set; }

    private double Bottom => page!.Height.Point - margins.Bottom;

    private XGraphics Graphics => graphics ?? NewPage();

    public XGraphics NewPage()
    {
        graphics?.Dispose();
        page = document.AddPage();
        page.Size = PageSize.A4;
        graphics = XGraphics.FromPdfPage(page);
        Y = margins.Top;
        pageStarted?.Invoke(this);
        return graphics;
    }

    /// <summary>Moves to a new page unless this much height is left on the current one.</summary>
    public void EnsureSpace(double height)
    {
        if (graphics is null || Y + height > Bottom)
        {
            NewPage();
        }
    }

    public void Gap(double height)
    {
        _ = Graphics;
        Y += height;
    }

    public void Rule(XColor color, double thickness = 0.5)
    {
        EnsureSpace(thickness);
        Graphics.DrawLine(new XPen(color, thickness), Left, Y, Left + Width, Y);
    }

    /// <summary>Draws one line of text at the current height without moving down (a column label).</summary>
    public void Label(string text, TextStyle style, bool bold, double x) =>
        Graphics.DrawString(text, Font(style.Size, bold), new XSolidBrush(style.Color), Left + x, Y, XStringFormats.TopLeft);

    /// <summary>Writes a paragraph, wrapped to the width from <paramref name="indent"/>, optionally as a bullet item.</summary>
    public void Write(IReadOnlyList<TextRun> runs, TextStyle style, double indent = 0, bool bullet = false)
    {
        var textIndent = indent + (bullet ? BulletIndent : 0);
        var lines = LineBreaker.Break(runs, Width - textIndent, (text, bold) => Graphics.MeasureString(text, Font(style.Size, bold)).Width);
        var brush = new XSolidBrush(style.Color);
        for (var i = 0; i < lines.Count; i++)
        {
            EnsureSpace(style.LineHeight);
            if (bullet && i == 0)
            {
                Graphics.DrawString("•", Font(style.Size, false), brush, Left + indent, Y, XStringFormats.TopLeft);
            }

            foreach (var piece in lines[i])
            {
                Graphics.DrawString(piece.Text, Font(style.Size, piece.Bold), brush, Left + textIndent + piece.X, Y, XStringFormats.TopLeft);
            }

            Y += style.LineHeight;
        }
    }

    public void Dispose()
    {
        graphics?.Dispose();
        graphics = null;
    }

    private XFont Font(double size, bool bold)
    {
        if (!fonts.TryGetValue((size, bold), out var font))
        {
            font = DocumentFonts.Create(size, bold);
            fonts[(size, bold)] = font;
        }

        return font;
    }
}
