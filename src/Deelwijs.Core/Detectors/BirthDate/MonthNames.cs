namespace Deelwijs.Core.Detectors.BirthDate;

/// <summary>Dutch month names and their usual abbreviations.</summary>
internal static class MonthNames
{
    public static int Parse(ReadOnlySpan<char> name)
    {
        Span<char> lower = stackalloc char[3];
        if (name.Length < 3)
        {
            return 0;
        }

        name[..3].ToLowerInvariant(lower);
        return lower switch
        {
            "jan" => 1,
            "feb" => 2,
            "maa" or "mrt" => 3,
            "apr" => 4,
            "mei" => 5,
            "jun" => 6,
            "jul" => 7,
            "aug" => 8,
            "sep" => 9,
            "okt" => 10,
            "nov" => 11,
            "dec" => 12,
            _ => 0,
        };
    }
}
