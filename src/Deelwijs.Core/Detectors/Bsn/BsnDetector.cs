using System.Text.RegularExpressions;
using Deelwijs.Core.Checks;
using Deelwijs.Core.Engine;

namespace Deelwijs.Core.Detectors.Bsn;

/// <summary>
/// Finds a burgerservicenummer: nine digits (123456782, 123.456.782, 123 456 782, 1234.56.782) that pass
/// the 11-test. Nine digits that fail it, amounts ("€ 123.456.789") and longer numbers are left alone.
/// </summary>
internal sealed partial class BsnDetector : IDetector
{
    private const string Message = "Dit lijkt een burgerservicenummer (BSN). Een BSN is een bijzonder beschermd persoonsgegeven: met dit nummer kan iemand identiteitsfraude plegen.";
    private const string Suggestion = "Haal het nummer weg. Een BSN hoort nooit in een bericht op sociale media.";

    public IReadOnlyList<string> Kinds { get; } = [FindingKinds.Bsn];

    public void Detect(DetectionContext context)
    {
        var text = context.Text.AsSpan();

        // A BSN is nine digits within at most eleven characters.
        if (context.Digits < 9 || !HasNineDigitsClose(text))
        {
            return;
        }

        foreach (var match in Candidates().EnumerateMatches(text))
        {
            if (PassesElevenTest(text.Slice(match.Index, match.Length)))
            {
                context.Report(FindingKinds.Bsn, match.Index, match.Length, Message, Suggestion);
            }
        }
    }

    /// <summary>
    /// True when nine ASCII digits lie within eleven characters, as in every form the regex accepts (its matches only
    /// count when all nine digits are ASCII, see <see cref="PassesElevenTest"/>): dates and years do not wake the regex.
    /// </summary>
    internal static bool HasNineDigitsClose(ReadOnlySpan<char> text)
    {
        const int Digits = 9;
        Span<int> positions = stackalloc int[Digits];
        var seen = 0;
        var i = text.IndexOfAnyInRange('0', '9');
        while (i >= 0)
        {
            if (seen >= Digits - 1 && i - positions[(seen - (Digits - 1)) % Digits] <= 10)
            {
                return true;
            }

            positions[seen % Digits] = i;
            seen++;
            var next = text[(i + 1)..].IndexOfAnyInRange('0', '9');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return false;
    }

    /// <summary>The 11-test: 9·d1 + 8·d2 + ... + 2·d8 − 1·d9 is a multiple of 11 (and not zero).</summary>
    internal static bool PassesElevenTest(ReadOnlySpan<char> candidate)
    {
        var sum = 0;
        var weight = 9;
        foreach (var c in candidate)
        {
            if (!char.IsAsciiDigit(c))
            {
                continue;
            }

            var digit = c - '0';
            sum += weight == 1 ? -digit : weight * digit;
            weight--;
        }

        return weight == 0 && sum != 0 && sum % 11 == 0;
    }

    [GeneratedRegex("""
        (?<![\w.,/+-]|€\s?|EUR\s?)
        (?:\d{9}|\d{3}(?<sep>[ .-])\d{3}\k<sep>\d{3}|\d{4}\.\d{2}\.\d{3})
        (?![\w/-]|[.,]\d|,-)
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Candidates();
}
