using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Deelwijs.Core.Checks;
using Deelwijs.Core.Engine;
using Deelwijs.Core.Text;

namespace Deelwijs.Core.Detectors.BirthDate;

/// <summary>
/// Finds a date of birth: a date (14-03-2012, 14/3/2012, 2012-03-14, 14 maart 2012, 14 mrt) in the same
/// sentence as a word about birth or age ("geboren", "geboortedatum", "jarig", "verjaardag", "wordt 8").
/// A date on its own (a trip, a deadline) is not personal data and is left alone.
/// </summary>
internal sealed partial class BirthDateDetector : IDetector
{
    private const string Message = "Dit is een geboortedatum of verjaardag. Een geboortedatum is een persoonsgegeven: samen met een naam maakt het iemand makkelijk te vinden en na te doen.";
    private const string Suggestion = "Laat de datum weg; feliciteren kan ook zonder datum of leeftijd.";

    private static readonly string[] BirthWordRows = Lexicons.Read("BirthDate/birth-words").Select(row => row[0]).ToArray();

    private static readonly PhraseMatcher<bool> BirthWords = PhraseMatcher<bool>.Build(BirthWordRows.Select(word => (word, true)));

    // The stems of every birth or age word, to skip the date search in the many posts without one.
    private static readonly SearchValues<string> BirthStems = SearchValues.Create(
        [.. BirthWordRows.Select(word => word.TrimEnd('*')), "wordt", "werd", "geworden"], StringComparison.Ordinal);

    public IReadOnlyList<string> Kinds { get; } = [FindingKinds.BirthDate];

    public void Detect(DetectionContext context)
    {
        var text = context.Text.AsSpan();

        // Every date we recognise has a digit, and a date only matters next to a birth or age word.
        if (context.Digits == 0 || context.Folded.IndexOfAny(BirthStems) < 0)
        {
            return;
        }

        // Match objects are only created for dates, which are rare; most posts have none.
        for (var match = Dates().Match(context.Text); match.Success; match = match.NextMatch())
        {
            if (IsValid(match) && NearBirthWord(context, match.Index, match.Index + match.Length))
            {
                context.Report(FindingKinds.BirthDate, match.Index, match.Length, Message, Suggestion);
            }
        }
    }

    private static bool IsValid(Match match)
    {
        var day = Number(match, "d");
        var month = match.Groups["mn"].Success ? MonthNames.Parse(match.Groups["mn"].ValueSpan) : Number(match, "m");
        var year = match.Groups["y"].Success ? Number(match, "y") : 2000;
        year = year < 100 ? 2000 + year : year;
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    private static int Number(Match match, string group) =>
        int.Parse(match.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    private static bool NearBirthWord(DetectionContext context, int dateStart, int dateEnd)
    {
        var text = context.Text.AsSpan();
        var folded = context.Folded;
        var (from, to) = SentenceAround(text, dateStart, dateEnd);
        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Length && tokens[i].Start < to; i++)
        {
            if (tokens[i].End <= from || (tokens[i].Start >= dateStart && tokens[i].End <= dateEnd))
            {
                continue;
            }

            if (BirthWords.MatchAt(folded, tokens, i, out _) > 0 || IsAge(folded, tokens, i))
            {
                return true;
            }
        }

        return false;
    }

    // "wordt 8", "werd Sanne 9", "is 8 geworden".
    private static bool IsAge(ReadOnlySpan<char> folded, ReadOnlySpan<Token> tokens, int i)
    {
        var word = folded.Slice(tokens[i].Start, tokens[i].Length);
        if (word is "geworden" && i > 0 && tokens[i - 1].Shape == TokenShape.Digits)
        {
            return true;
        }

        if (word is not ("wordt" or "werd"))
        {
            return false;
        }

        for (var j = i + 1; j < tokens.Length && j <= i + 2; j++)
        {
            if (tokens[j].Shape == TokenShape.Digits && tokens[j].Length <= 3)
            {
                return true;
            }
        }

        return false;
    }

    // A '.' only ends a sentence when a space and a capital follow, so "geb. 14-03-2012" stays one sentence.
    private static (int From, int To) SentenceAround(ReadOnlySpan<char> text, int start, int end)
    {
        var from = start;
        while (from > 0 && !EndsSentence(text, from - 1))
        {
            from--;
        }

        var to = end;
        while (to < text.Length && !EndsSentence(text, to))
        {
            to++;
        }

        return (from, to);
    }

    private static bool EndsSentence(ReadOnlySpan<char> text, int i) => text[i] switch
    {
        '!' or '?' or '\n' => true,
        '.' => i + 2 < text.Length && text[i + 1] == ' ' && char.IsUpper(text[i + 2]),
        _ => false,
    };

    [GeneratedRegex("""
        (?<![\w/.-])
        (?:
            (?<y>(?:19|20)\d\d)-(?<m>[01]?\d)-(?<d>[0-3]?\d)
          | (?<d>[0-3]?\d)(?<sep>[-/.])(?<m>[01]?\d)(?-i:\k<sep>)(?<y>(?:19|20)\d\d|\d\d)
          | (?<d>[0-3]?\d)[-/](?<m>[01]?\d)
          | (?<d>[0-3]?\d)\s(?<mn>januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\.?(?:\s(?<y>(?:19|20)\d\d))?
        )
        (?![\w/-]|[.,]\d)
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Dates();
}
