using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf.IO;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Deelwijs.Web.Tests.Incidents;

/// <summary>Reads a downloaded PDF back: PDFsharp must open it, PdfPig extracts its text as a viewer's search does.</summary>
internal static partial class PdfText
{
    /// <summary>All pages' text with every run of white space (line ends too) as one space.</summary>
    public static string All(byte[] pdf)
    {
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        using (var reopened = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import))
        {
            Assert.True(reopened.PageCount >= 1);
        }

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPages().Select(p => Whitespace().Replace(ContentOrderTextExtractor.GetText(p), " ").Trim()));
    }

    public static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
