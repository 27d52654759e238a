using Deelwijs.Core.Media;

namespace Deelwijs.Media;

/// <summary>
/// Keeps the chunks a viewer needs to show a PNG as it was (all critical chunks, transparency, colour, pixel size,
/// animation) and leaves out the rest: text (tEXt, zTXt, iTXt with XMP), Exif (eXIf), time (tIME) and private chunks.
/// </summary>
internal static class PngStripper
{
    private static readonly HashSet<string> KeptAncillary = new(StringComparer.Ordinal)
    {
        "tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "cICP", "mDCV", "cLLI", "sBIT", "bKGD", "hIST", "pHYs", "sPLT",
        "acTL", "fcTL", "fdAT",
    };

    public static byte[] Strip(ReadOnlySpan<byte> content, string? fileName)
    {
        var chunks = PngLayout.Read(content, out var truncated)
            ?? throw MediaFileException.Damaged(fileName, MediaKind.Photo, truncated ? DamageText.Truncated : DamageText.Invalid("PNG"));

        using var copy = new MemoryStream(content.Length);
        copy.Write(PngLayout.Signature);
        foreach (var chunk in chunks.Where(c => c.IsCritical || KeptAncillary.Contains(c.Type)))
        {
            copy.Write(content.Slice(chunk.Start, chunk.Length));
        }

        return copy.ToArray();
    }
}
