using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf.IO;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Deelwijs.Documents.Tests;

/// <summary>
/// Reads a PDF back: PDFsharp must open it, and PdfPig (an independent reader) extracts the text of each page through
/// the fonts' ToUnicode maps, the way a PDF viewer's copy and search do.
/// </summary>
internal static partial class PdfText
{
    public static IReadOnlyList<string> Pages(byte[] pdf)
    {
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        using (var reopened = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import))
        {
            Assert.True(reopened.PageCount >= 1);
        }

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return document.GetPages().Select(p => Whitespace().Replace(ContentOrderTextExtractor.GetText(p), " ").Trim()).ToList();
    }

    /// <summary>All pages' text with every run of white space (line ends too) as one space.</summary>
    public static string All(byte[] pdf) => string.Join(" ", Pages(pdf));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
