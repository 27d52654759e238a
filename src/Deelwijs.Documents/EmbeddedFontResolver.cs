using PdfSharp.Fonts;

namespace Deelwijs.Documents;

/// <summary>Serves DejaVu Sans (regular and bold) to PDFsharp from the fonts embedded in this assembly.</summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private const string RegularFace = "DejaVuSans";
    private const string BoldFace = "DejaVuSans-Bold";

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (!string.Equals(familyName, Family, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // There is no italic face in the assembly; PDFsharp slants the upright one.
        return new FontResolverInfo(bold ? BoldFace : RegularFace, mustSimulateBold: false, mustSimulateItalic: italic);
    }

    public byte[]? GetFont(string faceName)
    {
        if (faceName is not (RegularFace or BoldFace))
        {
            return null;
        }

        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream($"Deelwijs.Documents.Fonts.{faceName}.ttf")
            ?? throw new InvalidOperationException($"The font {faceName} is missing from the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
