using System.Globalization;
using System.Text.RegularExpressions;

namespace Deelwijs.Media;

/// <summary>Reads a point written as ISO 6709 in signed decimal degrees ("+52.0900+005.1200+003.000/"), as phones write it into a video.</summary>
internal static partial class Iso6709
{
    public static (double Latitude, double Longitude)? Parse(string? text)
    {
        var match = text is null ? null : Point().Match(text);
        return match is { Success: true }
            ? (double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))
            : null;
    }

    // Latitude has two digits before the point and longitude three; other ISO 6709 forms (degrees and minutes) are not read.
    [GeneratedRegex(@"^\s*([+-][0-9]{2}(?:\.[0-9]+)?)([+-][0-9]{3}(?:\.[0-9]+)?)", RegexOptions.CultureInvariant)]
    private static partial Regex Point();
}
