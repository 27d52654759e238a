namespace Deelwijs.Media;

/// <summary>Copies a JPEG or PNG photo without its location and other metadata, leaving the picture itself byte for byte as it was.</summary>
public static class MetadataStripper
{
    /// <summary>True for the types <see cref="Strip"/> can clean, as <see cref="MediaInspection.ContentType"/> names them.</summary>
    public static bool CanStrip(string contentType) => contentType is "image/jpeg" or "image/png";

    /// <param name="content">The file as uploaded.</param>
    /// <param name="fileName">Named in the message when the file turns out damaged.</param>
    /// <returns>The cleaned copy, or null for any other type: Deelwijs cannot clean those.</returns>
    /// <exception cref="MediaFileException">A JPEG or PNG that is not whole.</exception>
    public static byte[]? Strip(ReadOnlySpan<byte> content, string? fileName = null)
    {
        if (content.StartsWith(PngLayout.Signature))
        {
            return PngStripper.Strip(content, fileName);
        }

        return content.Length >= 2 && content[0] == 0xFF && content[1] == JpegPiece.StartOfImage
            ? JpegStripper.Strip(content, fileName)
            : null;
    }
}
