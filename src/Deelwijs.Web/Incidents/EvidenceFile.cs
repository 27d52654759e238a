using System.Globalization;
using Deelwijs.Core.Media;
using Deelwijs.Media;

namespace Deelwijs.Web.Incidents;

/// <summary>
/// A file sent with a report or a step: a screenshot, photo or PDF of at most 10 MB, its type decided by its content. The
/// file is kept as it came in (with its metadata), because it is evidence.
/// </summary>
public sealed record EvidenceFile(string FileName, string ContentType, byte[] Content)
{
    public const long MaxBytes = 10 * MediaLimits.Megabyte;
    public const int MaxFiles = 10;

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static ReadOnlySpan<byte> PdfStart => "%PDF-"u8;

    /// <summary>Reads an upload; a file that is empty, too large, or no image or PDF throws <see cref="EvidenceFileException"/> with a Dutch message naming it.</summary>
    public static async Task<EvidenceFile> ReadAsync(Stream stream, string fileName, long length, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var name = Path.GetFileName(fileName);
        if (length > MaxBytes)
        {
            throw TooLarge(name, length);
        }

        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        return From(buffer.ToArray(), name);
    }

    public static EvidenceFile From(byte[] content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        var name = string.IsNullOrWhiteSpace(fileName) ? "bestand" : Path.GetFileName(fileName);
        if (name.Length > Deelwijs.Data.IncidentDocument.FileNameLength)
        {
            name = name[^Deelwijs.Data.IncidentDocument.FileNameLength..];
        }

        if (content.Length == 0)
        {
            throw new EvidenceFileException($"Het bestand '{name}' is leeg.");
        }

        if (content.Length > MaxBytes)
        {
            throw TooLarge(name, content.Length);
        }

        if (content.AsSpan().StartsWith(PdfStart))
        {
            return new EvidenceFile(name, "application/pdf", content);
        }

        try
        {
            var inspection = MediaInspector.Inspect(content, name);
            if (inspection.Kind == MediaKind.Photo)
            {
                return new EvidenceFile(name, inspection.ContentType, content);
            }
        }
        catch (MediaFileException e) when (e.Problem == MediaProblem.Damaged)
        {
            throw new EvidenceFileException(e.Message);
        }
        catch (MediaFileException)
        {
            // Not media at all: the message below names what a report takes.
        }

        throw new EvidenceFileException(
            $"Het bestand '{name}' is geen schermafbeelding, foto of PDF. Stuur een afbeelding (JPEG, PNG, HEIC, WebP of GIF) of een PDF.");
    }

    private static EvidenceFileException TooLarge(string name, long length) => new(string.Create(Dutch,
        $"Het bestand '{name}' is {length / (double)MediaLimits.Megabyte:0.0} MB; een bestand mag hoogstens {MaxBytes / MediaLimits.Megabyte} MB zijn."));
}

/// <summary>A file that cannot go with a report or step; the message says which file and why, in Dutch.</summary>
public sealed class EvidenceFileException(string message) : Exception(message);
