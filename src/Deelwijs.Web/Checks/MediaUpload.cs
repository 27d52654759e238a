using Deelwijs.Core.Media;
using Deelwijs.Media;

namespace Deelwijs.Web.Checks;

/// <summary>One file attached to a draft: its bytes (kept only in memory) and what its content and metadata say.</summary>
public sealed record MediaUpload(byte[] Content, MediaInspection Inspection)
{
    public string FileName => Inspection.FileName;

    public MediaItem ToItem(bool notOwnWork, bool showsSchoolLogo) => Inspection.ToItem(notOwnWork, showsSchoolLogo);

    /// <summary>Reads and inspects an uploaded file; a file Deelwijs cannot use throws a <see cref="MediaFileException"/> with a Dutch message.</summary>
    public static async Task<MediaUpload> ReadAsync(Stream stream, string fileName, long length, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var name = Path.GetFileName(fileName);

        // Refuse what no kind of media may be before holding it in memory; the kind's own limit follows from the content.
        if (length > MediaLimits.Default.MaxUploadBytes)
        {
            MediaLimits.Default.EnsureSize(name, MediaKind.Video, length);
        }

        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        return new MediaUpload(content, MediaInspector.Inspect(content, name));
    }
}
