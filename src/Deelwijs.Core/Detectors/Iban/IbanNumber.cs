using System.Collections.Frozen;

namespace Deelwijs.Core.Detectors.Iban;

/// <summary>Checks an IBAN written with or without single spaces: its length for the country and its mod-97 check.</summary>
internal static class IbanNumber
{
    // Lengths from the SWIFT IBAN registry.
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Lengths = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["AD"] = 24, ["AE"] = 23, ["AL"] = 28, ["AT"] = 20, ["AZ"] = 28, ["BA"] = 20, ["BE"] = 16, ["BG"] = 22,
        ["BH"] = 22, ["BR"] = 29, ["BY"] = 28, ["CH"] = 21, ["CR"] = 22, ["CY"] = 28, ["CZ"] = 24, ["DE"] = 22,
        ["DK"] = 18, ["DO"] = 28, ["EE"] = 20, ["EG"] = 29, ["ES"] = 24, ["FI"] = 18, ["FO"] = 18, ["FR"] = 27,
        ["GB"] = 22, ["GE"] = 22, ["GI"] = 23, ["GL"] = 18, ["GR"] = 27, ["GT"] = 28, ["HR"] = 21, ["HU"] = 28,
        ["IE"] = 22, ["IL"] = 23, ["IQ"] = 23, ["IS"] = 26, ["IT"] = 27, ["JO"] = 30, ["KW"] = 30, ["KZ"] = 20,
        ["LB"] = 28, ["LC"] = 32, ["LI"] = 21, ["LT"] = 20, ["LU"] = 20, ["LV"] = 21, ["MC"] = 27, ["MD"] = 24,
        ["ME"] = 22, ["MK"] = 19, ["MR"] = 27, ["MT"] = 31, ["MU"] = 30, ["NL"] = 18, ["NO"] = 15, ["PK"] = 24,
        ["PL"] = 28, ["PS"] = 29, ["PT"] = 25, ["QA"] = 29, ["RO"] = 24, ["RS"] = 22, ["SA"] = 24, ["SC"] = 31,
        ["SE"] = 24, ["SI"] = 19, ["SK"] = 24, ["SM"] = 27, ["ST"] = 25, ["SV"] = 28, ["TL"] = 23, ["TN"] = 24,
        ["TR"] = 26, ["UA"] = 29, ["VA"] = 22, ["VG"] = 24, ["XK"] = 20,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How many characters of <paramref name="text"/> (which starts at the country code) form a valid IBAN; 0 when none.</summary>
    public static int MatchLength(ReadOnlySpan<char> text)
    {
        if (text.Length < 15 || !Lengths.TryGetValue(text[..2], out var expected))
        {
            return 0;
        }

        Span<char> iban = stackalloc char[34];
        var count = 0;
        var i = 0;
        while (i < text.Length && count < expected)
        {
            var c = text[i];
            if (char.IsAsciiLetterOrDigit(c))
            {
                iban[count++] = char.ToUpperInvariant(c);
            }
            else if (c != ' ' || count == 0 || i + 1 >= text.Length || !char.IsAsciiLetterOrDigit(text[i + 1]))
            {
                break;
            }

            i++;
        }

        // The number must end here: "NL91ABNA04171643001" is not an IBAN.
        if (count != expected || (i < text.Length && char.IsLetterOrDigit(text[i])))
        {
            return 0;
        }

        return Mod97(iban[..count]) == 1 ? i : 0;
    }

    /// <summary>The IBAN check: move the first four characters to the end, letters to 10..35, the number mod 97.</summary>
    internal static int Mod97(ReadOnlySpan<char> iban)
    {
        var remainder = 0;
        for (var k = 0; k < iban.Length; k++)
        {
            var c = iban[(k + 4) % iban.Length];
            if (char.IsAsciiDigit(c))
            {
                remainder = ((remainder * 10) + (c - '0')) % 97;
            }
            else
            {
                remainder = ((remainder * 100) + (c - 'A' + 10)) % 97;
            }
        }

        return remainder;
    }
}
