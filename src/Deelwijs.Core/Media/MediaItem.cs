namespace Deelwijs.Core.Media;

/// <summary>One photo, video or recording attached to a draft, with what its own metadata and its author say about it.</summary>
public sealed record MediaItem(string FileName, MediaKind Kind)
{
    /// <summary>The file carries GPS coordinates of where it was made.</summary>
    public bool HasLocation { get; init; }

    /// <summary>Names of people tagged in the file's own metadata (XMP face regions, person-in-image).</summary>
    public IReadOnlyList<string> TaggedNames { get; init; } = [];

    /// <summary>The maker or rights holder the file's metadata names (EXIF Artist/Copyright, XMP creator/rights), if any.</summary>
    public string? Credit { get; init; }

    /// <summary>The author says this material is not the school's own (someone else made it).</summary>
    public bool NotOwnWork { get; init; }

    /// <summary>The author says the school's logo is visible in it.</summary>
    public bool ShowsSchoolLogo { get; init; }
}
