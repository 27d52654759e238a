using Deelwijs.Core.Media;
using MetadataExtractor.Util;

namespace Deelwijs.Media;

/// <summary>An accepted type as the content shows it, before its metadata is read.</summary>
/// <param name="MetadataStart">Where MetadataExtractor starts reading: after an MP3's ID3 tag, else 0.</param>
/// <param name="LikelyKind">The kind to name when the file turns out damaged (an MP4 is a video until its brand says audio).</param>
internal sealed record DetectedType(FileType Type, int MetadataStart, MediaKind LikelyKind)
{
    public string Name => Type.GetName();
}
