using Deelwijs.Core.Media;

namespace Deelwijs.Media;

/// <summary>What an upload is (decided by its content) and what its own metadata says about place, people and maker.</summary>
public sealed record MediaInspection(string FileName, string ContentType, MediaKind Kind)
{
    /// <summary>The file carries the GPS coordinates of where it was made (not the 0,0 of a camera without a fix).</summary>
    public bool HasLocation => Latitude is not null && Longitude is not null;

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    /// <summary>Names of tagged people: XMP face regions (MWG, then Microsoft Photo), then IPTC person-in-image; each once.</summary>
    public IReadOnlyList<string> TaggedNames { get; init; } = [];

    /// <summary>The maker or rights holder the metadata names (EXIF Artist, XMP creator, EXIF Copyright, XMP rights), if any.</summary>
    public string? Credit { get; init; }

    /// <summary>The draft's media item, with what the author says about the material.</summary>
    public MediaItem ToItem(bool notOwnWork = false, bool showsSchoolLogo = false) => new(FileName, Kind)
    {
        HasLocation = HasLocation,
        TaggedNames = TaggedNames,
        Credit = Credit,
        NotOwnWork = notOwnWork,
        ShowsSchoolLogo = showsSchoolLogo,
    };
}
