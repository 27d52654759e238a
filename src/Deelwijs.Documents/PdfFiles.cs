using PdfSharp.Pdf;

namespace Deelwijs.Documents;

/// <summary>Creates an empty PDF with its properties set and turns a finished one into bytes.</summary>
internal static class PdfFiles
{
    public static PdfDocument Create(string title, string author)
    {
        DocumentFonts.EnsureRegistered();
        var document = new PdfDocument();
        document.Info.Title = title;
        document.Info.Author = author;
        document.Info.Creator = "Deelwijs";
        document.Language = "nl-NL";
        return document;
    }

    public static byte[] ToBytes(PdfDocument document)
    {
        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }
}
