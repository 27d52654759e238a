using System.Buffers.Binary;
using Deelwijs.Core.Media;
using MetadataExtractor;
using MetadataExtractor.Formats.QuickTime;
using MetadataExtractor.Util;
using Directory = MetadataExtractor.Directory;

namespace Deelwijs.Media;

/// <summary>
/// Decides by content, never by file name, which accepted type an upload is. MetadataExtractor's FileTypeDetector does
/// the work; what it cannot tell apart (audio-only MP4, MP3 behind an ID3 tag) is settled here from its own findings.
/// </summary>
internal static class MediaFormats
{
    public const string AcceptedNames = "JPEG, PNG, HEIC, WebP en GIF voor foto's; MP4 en MOV voor video; MP3, WAV en M4A voor geluid";

    private const int Id3HeaderLength = 10;

    public static DetectedType? Detect(ReadOnlyMemory<byte> content)
    {
        var type = DetectType(content);
        var start = 0;
        if (type == FileType.Unknown && Id3TagLength(content.Span) is { } tagLength && tagLength < content.Length)
        {
            // MetadataExtractor 2.4 knows an MP3 only by its first audio frame; most MP3s start with an ID3 tag instead.
            start = tagLength;
            type = DetectType(content[start..]) == FileType.Mp3 ? FileType.Mp3 : FileType.Unknown;
        }

        return type switch
        {
            FileType.Jpeg or FileType.Png or FileType.Heif or FileType.WebP or FileType.Gif => new(type, start, MediaKind.Photo),
            FileType.QuickTime or FileType.Mp4 => new(type, start, MediaKind.Video),
            FileType.Mp3 or FileType.Wav => new(type, start, MediaKind.Audio),
            _ => null,
        };
    }

    /// <summary>The accepted format, now that the metadata is read; null for a type Deelwijs does not take after all.</summary>
    public static MediaFormat? Resolve(DetectedType detected, IReadOnlyList<Directory> directories) => detected.Type switch
    {
        FileType.Jpeg => new("image/jpeg", MediaKind.Photo),
        FileType.Png => new("image/png", MediaKind.Photo),
        FileType.Heif => new("image/heic", MediaKind.Photo),
        FileType.WebP => new("image/webp", MediaKind.Photo),
        FileType.Gif => new("image/gif", MediaKind.Photo),
        FileType.Mp3 => new("audio/mpeg", MediaKind.Audio),
        FileType.Wav => new("audio/wav", MediaKind.Audio),
        _ => ByBrand(detected.Type, directories),
    };

    internal static MemoryStream Open(ReadOnlyMemory<byte> content) =>
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray(content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);

    private static FileType DetectType(ReadOnlyMemory<byte> content)
    {
        using var stream = Open(content);
        return FileTypeDetector.DetectFileType(stream);
    }

    // The ftyp box's major brand tells an audio-only MP4 (.m4a) from a video; FileTypeDetector calls both MP4.
    private static MediaFormat? ByBrand(FileType type, IReadOnlyList<Directory> directories)
    {
        var brand = directories.OfType<QuickTimeFileTypeDirectory>()
            .Select(d => d.GetString(QuickTimeFileTypeDirectory.TagMajorBrand)?.Trim())
            .FirstOrDefault();
        return brand switch
        {
            "M4A" or "M4B" or "M4P" => new("audio/mp4", MediaKind.Audio),
            "avif" or "avis" => null, // an AVIF picture, which MetadataExtractor 2.4 takes for QuickTime
            null or "qt" => new("video/quicktime", MediaKind.Video),
            _ => new("video/mp4", MediaKind.Video),
        };
    }

    private static int? Id3TagLength(ReadOnlySpan<byte> content)
    {
        if (content.Length < Id3HeaderLength || !content.StartsWith("ID3"u8))
        {
            return null;
        }

        // The tag's size is four 7-bit bytes ("synchsafe"), not counting the header and an optional footer.
        var size = content.Slice(6, 4);
        if ((BinaryPrimitives.ReadUInt32BigEndian(size) & 0x80808080) != 0)
        {
            return null;
        }

        var length = (size[0] << 21) | (size[1] << 14) | (size[2] << 7) | size[3];
        var hasFooter = (content[5] & 0x10) != 0;
        return Id3HeaderLength + length + (hasFooter ? Id3HeaderLength : 0);
    }
}
