using Deelwijs.Core.Media;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.Jpeg;

namespace Deelwijs.Media;

/// <summary>
/// Keeps what a viewer needs to show a JPEG as it was (tables, frame, scans, JFIF, ICC colour profile, Adobe colour
/// transform) and leaves out every other application segment and comment: Exif, XMP, IPTC, maker notes, previews.
/// </summary>
internal static class JpegStripper
{
    private const byte Jfif = 0xE0; // APP0: JFIF, and its JFXX extension
    private const byte IccProfile = 0xE2;
    private const byte Adobe = 0xEE;

    public static byte[] Strip(ReadOnlySpan<byte> content, string? fileName)
    {
        var pieces = JpegLayout.Read(content, out var truncated)
            ?? throw MediaFileException.Damaged(fileName, MediaKind.Photo, truncated ? DamageText.Truncated : DamageText.Invalid("JPEG"));
        var orientation = ExifOrientation.Segment(Orientation(content));

        using var copy = new MemoryStream(content.Length);
        foreach (var piece in pieces)
        {
            // The one Exif value a viewer needs is which way up the picture goes; Exif comes right after SOI and JFIF.
            if (orientation is not null && piece.Marker is not (JpegPiece.StartOfImage or Jfif))
            {
                copy.Write(orientation);
                orientation = null;
            }

            if (Keeps(piece, content))
            {
                copy.Write(content.Slice(piece.Start, piece.Length));
            }
        }

        return copy.ToArray();
    }

    private static bool Keeps(JpegPiece piece, ReadOnlySpan<byte> content)
    {
        if (piece.Marker == JpegPiece.Comment)
        {
            return false;
        }

        if (!JpegPiece.IsApplication(piece.Marker))
        {
            return true;
        }

        var payload = content.Slice(piece.Start, piece.Length)[4..];
        return piece.Marker == Jfif || piece.Marker == Adobe
            || (piece.Marker == IccProfile && payload.StartsWith("ICC_PROFILE\0"u8));
    }

    private static ushort Orientation(ReadOnlySpan<byte> content)
    {
        try
        {
            using var stream = new MemoryStream(content.ToArray(), writable: false);
            var exif = JpegMetadataReader.ReadMetadata(stream, [new ExifReader()]).OfType<ExifIfd0Directory>().FirstOrDefault();
            return exif is not null && exif.TryGetUInt16(ExifDirectoryBase.TagOrientation, out var value) ? value : (ushort)1;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException) // unreadable Exif: the copy is simply not turned
        {
            return 1;
        }
    }
}
