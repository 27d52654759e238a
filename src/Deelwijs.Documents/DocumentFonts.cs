using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Deelwijs.Documents;

/// <summary>The one typeface of every document, registered with PDFsharp on first use.</summary>
internal static class DocumentFonts
{
    private static readonly Lock Gate = new();
    private static readonly EmbeddedFontResolver Resolver = new();

    // Unicode (Identity-H with a ToUnicode map) rather than WinAnsi: names such as Şeyma or Łukasz need it,
    // and readers can still copy and search the text.
    private static readonly XPdfFontOptions Options = new(PdfFontEncoding.Unicode);

    /// <summary>
    /// PDFsharp's font resolver is one per process and may be set only before the first font is used. A host that
    /// sets its own resolver first must serve "DejaVu Sans" itself.
    /// </summary>
    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            GlobalFontSettings.FontResolver ??= Resolver;
        }
    }

    public static XFont Create(double size, bool bold) =>
        new(EmbeddedFontResolver.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Options);
}
