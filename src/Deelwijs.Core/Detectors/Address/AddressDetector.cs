using System.Text.RegularExpressions;
using Deelwijs.Core.Checks;
using Deelwijs.Core.Engine;
using Deelwijs.Core.Text;

namespace Deelwijs.Core.Detectors.Address;

/// <summary>
/// Finds a home address: a street with a house number ("Kerkstraat 12", "Van Goghlaan 3a") and a Dutch
/// postcode ("1234 AB", "1234AB"). Postcodes are only recognised in capitals ("in 2012 en" is no postcode),
/// never with SA, SD or SS (not issued), and a unit like "1500 KM" only counts when a place name follows.
/// </summary>
internal sealed partial class AddressDetector : IDetector
{
    private const string Message = "Dit is een (woon)adres. Een adres is een persoonsgegeven: iedereen die het bericht ziet, weet dan waar iemand woont.";
    private const string PostcodeMessage = "Dit is een postcode. Een postcode wijst, zeker samen met een huisnummer of naam, naar iemands woonadres en is een persoonsgegeven.";
    private const string Suggestion = "Laat het adres weg, of noem alleen de plaats of de wijk.";

    private static readonly WordSet Units =
        new(new[] { "KM", "KG", "MB", "GB", "KB", "TB", "PK", "CM", "MM", "ML", "MG", "KW", "MW", "GW", "AD", "BC", "NC", "CE", "PM", "AM", "EU", "HZ", "CC" });

    public IReadOnlyList<string> Kinds { get; } = [FindingKinds.Address];

    public void Detect(DetectionContext context)
    {
        var text = context.Text.AsSpan();

        // Both a house number and a postcode have digits.
        if (context.Digits == 0)
        {
            return;
        }

        var tokens = context.Tokens;
        for (var i = 1; i < tokens.Length; i++)
        {
            if ((tokens[i].Shape & TokenShape.Digits) != 0
                && StreetAddresses.TryMatch(text, context.Folded, tokens, i, out var start, out var end))
            {
                context.Report(FindingKinds.Address, start, end - start, Message, Suggestion);
            }
        }

        foreach (var match in Postcodes().EnumerateMatches(text))
        {
            var letters = text.Slice(match.Index + match.Length - 2, 2);
            if (!Units.Contains(letters) || PlaceFollows(text[(match.Index + match.Length)..]))
            {
                context.Report(FindingKinds.Address, match.Index, match.Length, PostcodeMessage, Suggestion);
            }
        }
    }

    private static bool PlaceFollows(ReadOnlySpan<char> after)
    {
        var trimmed = after.TrimStart(' ');
        return trimmed.Length < after.Length && trimmed.Length > 1 && char.IsUpper(trimmed[0]) && char.IsLower(trimmed[1]);
    }

    [GeneratedRegex(@"(?<![\w-])[1-9]\d{3} ?(?!S[ADS])[A-Z]{2}(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex Postcodes();
}
