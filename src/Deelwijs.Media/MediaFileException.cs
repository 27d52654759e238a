using Deelwijs.Core.Checks;
using Deelwijs.Core.Media;

namespace Deelwijs.Media;

/// <summary>An upload Deelwijs cannot use; the message is a Dutch sentence that names the file and what is wrong.</summary>
public sealed class MediaFileException(MediaProblem problem, string? fileName, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public MediaProblem Problem { get; } = problem;

    /// <summary>The file that was refused; null when the problem is about all files of a draft together.</summary>
    public string? FileName { get; } = fileName;

    internal static MediaFileException Empty(string fileName) =>
        new(MediaProblem.Empty, fileName, $"Het bestand '{fileName}' is leeg.");

    internal static MediaFileException NotMedia(string fileName) =>
        new(MediaProblem.NotMedia, fileName,
            $"Het bestand '{fileName}' is geen foto, video of geluidsopname die Deelwijs kan lezen (toegestaan: {MediaFormats.AcceptedNames}).");

    internal static MediaFileException TooLarge(string fileName, MediaKind kind, long length, long maximum) =>
        new(MediaProblem.TooLarge, fileName,
            $"De {DutchLabels.Media(kind)} '{fileName}' is {FileSizeText.Format(length)}; een {DutchLabels.Media(kind)} mag hoogstens {FileSizeText.Format(maximum)} zijn.");

    internal static MediaFileException Damaged(string? fileName, MediaKind kind, string detail, Exception? inner = null) =>
        new(MediaProblem.Damaged, fileName,
            $"{(fileName is null ? "Het bestand" : $"Het bestand '{fileName}'")} lijkt een {DutchLabels.Media(kind)}, maar is beschadigd: {detail}. Sla het opnieuw op of kies een ander bestand.",
            inner);

    internal static MediaFileException TooManyFiles(int count, int maximum) =>
        new(MediaProblem.TooManyFiles, null,
            $"Bij één bericht passen hoogstens {maximum} bestanden; je hebt er {count} gekozen.");
}
