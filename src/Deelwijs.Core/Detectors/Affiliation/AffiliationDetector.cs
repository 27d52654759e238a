using Deelwijs.Core.Checks;
using Deelwijs.Core.Engine;
using Deelwijs.Core.Text;

namespace Deelwijs.Core.Detectors.Affiliation;

/// <summary>
/// Finds an employee who joins a discussion about the school from a private account without saying they work
/// there (SSOE 3.2.3/3.3.4, Johan de Witt 5.3.2, ASKO): points at the first mention of the school.
/// A post is a discussion when it replies to someone, reacts to a negative thread, starts with an @-handle,
/// or uses words of a reaction (reactions.tsv).
/// </summary>
internal sealed class AffiliationDetector : IDetector
{
    private static readonly string[] DetectorKinds = [FindingKinds.AffiliationMissing];

    private readonly EmploymentStatements statements = new();
    private readonly PhraseMatcher<bool> reactions =
        PhraseMatcher<bool>.Build(Lexicons.Read("Affiliation/reactions").Select(r => (r[0], true)));

    public IReadOnlyList<string> Kinds => DetectorKinds;

    public void Detect(DetectionContext context)
    {
        var request = context.Request;

        // An official or functional account already shows that the author speaks from the school.
        if (request.Channel != Channel.PrivateAccount || !request.Role.IsEmployee() || !context.SchoolMentioned)
        {
            return;
        }

        if (!IsDiscussion(context) || statements.IsStated(context) || context.SchoolMention is not { } mention)
        {
            return;
        }

        context.Report(FindingKinds.AffiliationMissing, mention.Start, mention.Length,
            $"Je praat mee in een discussie over {mention.Name}, maar je zegt niet dat je daar werkt. "
            + "Lezers moeten kunnen zien dat een medewerker van de school meepraat, anders lijkt het een buitenstaander.",
            $"Zeg erbij dat je bij {mention.Name} werkt en in welke functie, bijvoorbeeld: 'Ik werk zelf als leerkracht bij {mention.Name}.'");
    }

    private bool IsDiscussion(DetectionContext context)
    {
        var request = context.Request;
        if (request.ReplyTo != ReplyTo.None || request.NegativeThread || context.Text.AsSpan().TrimStart().StartsWith('@'))
        {
            return true;
        }

        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (reactions.MatchAt(context.Folded, tokens, i, out _) > 0)
            {
                return true;
            }
        }

        return false;
    }
}
