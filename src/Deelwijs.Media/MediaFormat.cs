using Deelwijs.Core.Media;

namespace Deelwijs.Media;

/// <summary>A kind of file Deelwijs accepts: its MIME type and whether it is a photo, a video or a recording.</summary>
internal sealed record MediaFormat(string ContentType, MediaKind Kind);
