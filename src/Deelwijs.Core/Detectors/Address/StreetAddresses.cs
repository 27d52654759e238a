using Deelwijs.Core.Detectors.Names;
using Deelwijs.Core.Text;

namespace Deelwijs.Core.Detectors.Address;

/// <summary>Recognises a street name with a house number ("Kerkstraat 12", "Van Goghlaan 3a", "Dorpsweg 14-2") in the tokens.</summary>
internal static class StreetAddresses
{
    // By last letter (a to z), so a word before a number is compared with the few endings it can have, not all of them.
    private static readonly (string Suffix, bool Strong)[][] SuffixesByLastLetter = ReadSuffixes();

    private static readonly WordSet Particles =
        new(new[] { "van", "de", "der", "den", "het", "t", "ter", "ten", "la", "le", "du", "von", "sint", "st" });

    // Capitalised words that start a sentence but never a street name ("Op de Kerkstraat 12").
    private static readonly WordSet NotInName =
        new(new[] { "op", "in", "aan", "naar", "bij", "via", "vanaf", "tot", "wij", "we", "ik", "ons", "onze", "mijn", "een", "adres", "locatie", "welkom", "vanuit", "richting", "langs", "over", "woont", "wonen", "verhuisd" });

    /// <summary>If token <paramref name="index"/> is a house number after a street name, the span of the whole address.</summary>
    public static bool TryMatch(ReadOnlySpan<char> text, ReadOnlySpan<char> folded, ReadOnlySpan<Token> tokens, int index, out int start, out int end)
    {
        start = end = 0;
        if (index == 0 || !IsHouseNumber(text, tokens, index, out end) || !IsSpaceOnly(text, tokens[index - 1].End, tokens[index].Start))
        {
            return false;
        }

        var street = tokens[index - 1];
        if (!IsStreetName(folded.Slice(street.Start, street.Length), street.Shape, out var bare))
        {
            return false;
        }

        var first = ExtendBack(text, folded, tokens, index - 1, out var named);

        // A bare ending ("Oude Gracht 12") only counts with a capitalised word before it that is not "De" or "Van".
        if (bare && !named)
        {
            return false;
        }

        start = tokens[first].Start;
        return true;
    }

    private static bool IsStreetName(ReadOnlySpan<char> word, TokenShape shape, out bool bare)
    {
        bare = false;
        if ((shape & (TokenShape.Digits | TokenShape.Symbols)) != 0 || !char.IsAsciiLetterLower(word[^1]))
        {
            return false;
        }

        var capital = (shape & TokenShape.Capitalized) != 0;
        foreach (var (suffix, strong) in SuffixesByLastLetter[word[^1] - 'a'])
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal))
            {
                bare = word.Length == suffix.Length;
                return capital || (strong && !bare);
            }
        }

        return false;
    }

    // "12", "3a", "12A", "14-2", "14-II", "12 hs": a number from 1 to 9999 with an optional addition.
    private static bool IsHouseNumber(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index, out int end)
    {
        var token = tokens[index];
        var word = text.Slice(token.Start, token.Length);
        end = token.End;
        var digits = word.IndexOfAnyExceptInRange('0', '9');
        digits = digits < 0 ? word.Length : digits;
        if (digits is 0 or > 4 || word[0] == '0' || word.Length - digits > 2 || (token.Shape & TokenShape.Symbols) != 0)
        {
            return false;
        }

        // "12:30", "12,5" and "12.000" are times and amounts.
        var after = text[end..];
        if (after.Length > 1 && after[0] is ':' or ',' or '.' && char.IsAsciiDigit(after[1]))
        {
            return false;
        }

        if (after.Length > 1 && after[0] == '-' && index + 1 < tokens.Length && tokens[index + 1].Start == end + 1 && tokens[index + 1].Length <= 3)
        {
            end = tokens[index + 1].End;
        }

        return true;
    }

    private static int ExtendBack(ReadOnlySpan<char> text, ReadOnlySpan<char> folded, ReadOnlySpan<Token> tokens, int street, out bool named)
    {
        var first = street;
        named = false;
        for (var i = street - 1; i >= 0 && street - i <= 4; i--)
        {
            var gap = text[tokens[i].End..tokens[i + 1].Start];
            if (gap.Length is 0 or > 2 || gap.ContainsAnyExcept(" -'"))
            {
                break;
            }

            var word = folded.Slice(tokens[i].Start, tokens[i].Length);
            var capital = (tokens[i].Shape & TokenShape.Capitalized) != 0;
            var particle = Particles.Contains(word);
            if (!particle && !(capital && !NotInName.Contains(word)))
            {
                break;
            }

            named |= capital && !particle;

            if (capital)
            {
                first = i;
            }

            if (Sentences.StartsAt(text, tokens, i))
            {
                break;
            }
        }

        return first;
    }

    private static bool IsSpaceOnly(ReadOnlySpan<char> text, int from, int to) =>
        to > from && to - from <= 2 && !text[from..to].ContainsAnyExcept(' ', '\u00A0');

    private static (string Suffix, bool Strong)[][] ReadSuffixes()
    {
        var lists = Enumerable.Range(0, 26).Select(_ => new List<(string, bool)>()).ToArray();
        foreach (var row in Lexicons.Read("Address/street-suffixes"))
        {
            lists[row[0][^1] - 'a'].Add((row[0], row.Length > 1 && row[1] == "sterk"));
        }

        return [.. lists.Select(list => list.ToArray())];
    }
}
