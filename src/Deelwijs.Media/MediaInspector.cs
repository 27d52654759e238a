using Deelwijs.Core.Media;
using MetadataExtractor;
using MetadataExtractor.Util;
using Directory = MetadataExtractor.Directory;

namespace Deelwijs.Media;

/// <summary>Reads what an upload is (by its content, never its name) and what its own metadata says about place, people and maker.</summary>
public static class MediaInspector
{
    public static MediaInspection Inspect(ReadOnlyMemory<byte> content, string fileName) =>
        Inspect(content, fileName, MediaLimits.Default);

    /// <exception cref="MediaFileException">The file is empty, not an accepted type, too large or damaged.</exception>
    public static MediaInspection Inspect(ReadOnlyMemory<byte> content, string fileName, MediaLimits limits)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(limits);
        if (content.IsEmpty)
        {
            throw MediaFileException.Empty(fileName);
        }

        var detected = MediaFormats.Detect(content) ?? throw MediaFileException.NotMedia(fileName);
        EnsureWhole(content.Span, fileName, detected);
        var directories = ReadMetadata(content[detected.MetadataStart..], fileName, detected);
        var format = MediaFormats.Resolve(detected, directories) ?? throw MediaFileException.NotMedia(fileName);
        limits.EnsureSize(fileName, format.Kind, content.Length);

        var location = MediaLocation.Read(directories);
        return new MediaInspection(fileName, format.ContentType, format.Kind)
        {
            Latitude = location?.Latitude,
            Longitude = location?.Longitude,
            TaggedNames = TaggedPeople.Read(directories),
            Credit = MediaCredit.Read(directories),
        };
    }

    private static IReadOnlyList<Directory> ReadMetadata(ReadOnlyMemory<byte> content, string fileName, DetectedType detected)
    {
        try
        {
            using var stream = MediaFormats.Open(content);
            return ImageMetadataReader.ReadMetadata(stream);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException) // a parser of untrusted bytes fails in many ways; each means damage
        {
            // Reading from memory, an I/O error can only mean that the data ended before the format says it should.
            var truncated = ex is IOException || ex.InnerException is IOException;
            throw MediaFileException.Damaged(fileName, detected.LikelyKind,
                truncated ? DamageText.Truncated : DamageText.Invalid(detected.Name), ex);
        }
    }

    // MetadataExtractor stops reading where the picture starts; a cut-off JPEG or PNG is caught by walking it to its end.
    private static void EnsureWhole(ReadOnlySpan<byte> content, string fileName, DetectedType detected)
    {
        var truncated = false;
        var whole = detected.Type switch
        {
            FileType.Jpeg => JpegLayout.Read(content, out truncated) is not null,
            FileType.Png => PngLayout.Read(content, out truncated) is not null,
            _ => true,
        };
        if (!whole)
        {
            throw MediaFileException.Damaged(fileName, MediaKind.Photo, truncated ? DamageText.Truncated : DamageText.Invalid(detected.Name));
        }
    }
}
