namespace Deelwijs.Core.Detectors.SpecialCategory;

/// <summary>A word of special-category data: its category (Dutch, as in the lexicon) and whether it only counts in capitals.</summary>
internal sealed record SensitiveTerm(string Category, bool CapitalsOnly)
{
    public const string Ignore = "negeer";
}
