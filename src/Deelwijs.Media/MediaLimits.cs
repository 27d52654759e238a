using Deelwijs.Core.Media;

namespace Deelwijs.Media;

/// <summary>How large one upload may be for each kind of media, and how many files one draft may carry.</summary>
public sealed record MediaLimits
{
    public const long Megabyte = 1024 * 1024;

    public static MediaLimits Default { get; } = new();

    public long MaxPhotoBytes { get; init; } = 20 * Megabyte;

    public long MaxVideoBytes { get; init; } = 200 * Megabyte;

    public long MaxAudioBytes { get; init; } = 50 * Megabyte;

    public int MaxFilesPerDraft { get; init; } = 10;

    /// <summary>The largest file of any kind: a cap for a request whose content has not been read yet.</summary>
    public long MaxUploadBytes => Math.Max(MaxPhotoBytes, Math.Max(MaxVideoBytes, MaxAudioBytes));

    public long MaxBytes(MediaKind kind) => kind switch
    {
        MediaKind.Photo => MaxPhotoBytes,
        MediaKind.Video => MaxVideoBytes,
        _ => MaxAudioBytes,
    };

    /// <summary>Refuses a file of this kind and length (read or declared) that is larger than its kind allows.</summary>
    public void EnsureSize(string fileName, MediaKind kind, long length)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        if (length > MaxBytes(kind))
        {
            throw MediaFileException.TooLarge(fileName, kind, length, MaxBytes(kind));
        }
    }

    /// <summary>Refuses a draft with more files than one post may carry.</summary>
    public void EnsureFileCount(int count)
    {
        if (count > MaxFilesPerDraft)
        {
            throw MediaFileException.TooManyFiles(count, MaxFilesPerDraft);
        }
    }
}
