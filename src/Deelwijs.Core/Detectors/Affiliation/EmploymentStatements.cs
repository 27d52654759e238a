using Deelwijs.Core.Engine;
using Deelwijs.Core.Text;

namespace Deelwijs.Core.Detectors.Affiliation;

/// <summary>Recognises a sentence in which the author says they work at the school or names their function (employment.tsv).</summary>
internal sealed class EmploymentStatements
{
    private const string Placeholder = "{functie}";

    private readonly PhraseMatcher<bool> matcher;

    public EmploymentStatements()
    {
        var rows = Lexicons.Read("Affiliation/employment").ToList();
        var functions = rows.Where(r => Is(r, "function")).Select(r => r[0]).ToList();
        var phrases = rows.Where(r => Is(r, "statement")).Select(r => r[0])
            .Concat(rows.Where(r => Is(r, "frame")).SelectMany(r => functions.Select(f => r[0].Replace(Placeholder, f, StringComparison.Ordinal))));
        matcher = PhraseMatcher<bool>.Build(phrases.Select(p => (p, true)));
    }

    public bool IsStated(DetectionContext context)
    {
        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (matcher.MatchAt(context.Folded, tokens, i, out _) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Is(string[] row, string kind) => row.Length > 1 && string.Equals(row[1], kind, StringComparison.Ordinal);
}
