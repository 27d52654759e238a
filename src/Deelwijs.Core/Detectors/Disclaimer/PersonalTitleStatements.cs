using Deelwijs.Core.Engine;
using Deelwijs.Core.Text;

namespace Deelwijs.Core.Detectors.Disclaimer;

/// <summary>Recognises a sentence in which the author says a post is a personal opinion (statements.tsv).</summary>
internal sealed class PersonalTitleStatements
{
    private readonly PhraseMatcher<bool> matcher;

    public PersonalTitleStatements()
    {
        // The value says whether the phrase only counts as a hashtag (#persoonlijk, not "persoonlijk" in a sentence).
        matcher = PhraseMatcher<bool>.Build(Lexicons.Read("Disclaimer/statements")
            .Select(row => (row[0], row.Length > 1 && string.Equals(row[1], "hashtag", StringComparison.Ordinal))));
    }

    public bool IsStated(DetectionContext context)
    {
        var tokens = context.Tokens;
        var text = context.Text;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (matcher.MatchAt(context.Folded, tokens, i, out var hashtagOnly) > 0
                && (!hashtagOnly || (tokens[i].Start > 0 && text[tokens[i].Start - 1] == '#')))
            {
                return true;
            }
        }

        return false;
    }
}
