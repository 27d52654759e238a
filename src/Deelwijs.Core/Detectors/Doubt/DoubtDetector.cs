using Deelwijs.Core.Checks;
using Deelwijs.Core.Engine;
using Deelwijs.Core.Text;

namespace Deelwijs.Core.Detectors.Doubt;

/// <summary>
/// Finds the private posts of an employee that the protocols' "bij twijfel" articles are about (Johan de Witt 5.2.3,
/// Konot 6/9, SSOE 3.2.5, ASKO, De Regenboog 5/10): a critical word about the school or work within
/// <see cref="Window"/> words of a mention of the school, or a sentence about one particular pupil or parent
/// (signals.tsv). Points at the first such words; a neutral or positive post about the school is never a doubt.
/// </summary>
internal sealed class DoubtDetector : IStartWordDetector
{
    /// <summary>How many words a critical word may stand from the school's name to count as said about the school.</summary>
    public const int Window = 15;

    private static readonly string[] DetectorKinds = [FindingKinds.Doubt];

    private readonly PhraseMatcher<Signal> signals = PhraseMatcher<Signal>.Build(
        Lexicons.Read("Doubt/signals").Select(r => (r[0], Enum.Parse<Signal>(r[1], ignoreCase: true))));

    private enum Signal
    {
        Ignore,
        Critical,
        Pupil,
    }

    public IReadOnlyList<string> Kinds => DetectorKinds;

    public IEnumerable<StartWord> StartWords => signals.StartWords;

    public void Detect(DetectionContext context)
    {
        var request = context.Request;

        // On official channels the school speaks after its own review; doubt is about what staff post themselves.
        if (request.Channel != Channel.PrivateAccount || !request.Role.IsEmployee() || !context.MayStartAnywhere)
        {
            return;
        }

        var tokens = context.Tokens;
        var schoolMentioned = context.SchoolMentioned;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!context.MayStartAt(i))
            {
                continue;
            }

            var n = signals.MatchAt(context.Folded, tokens, i, out var signal);
            if (n == 0)
            {
                continue;
            }

            var start = tokens[i].Start;
            var length = tokens[i + n - 1].End - start;

            // Some protocols say "bij twijfel niet publiceren" (forbidden), others "overleg eerst" (approval).
            var rule = context.ActionFor(FindingKinds.Doubt) == FindingAction.Forbidden
                ? "Het protocol zegt: twijfel je, plaats het dan niet."
                : "Het protocol zegt: twijfel je of dit kan, overleg dan eerst.";
            if (signal == Signal.Pupil)
            {
                context.Report(FindingKinds.Doubt, start, length,
                    "Je schrijft over een bepaalde leerling of ouder. Ook zonder naam kunnen mensen die de school kennen "
                    + $"herkennen over wie het gaat. {rule}",
                    "Overleg eerst met je leidinggevende voordat je dit plaatst, of laat weg over wie het gaat.");
                return;
            }

            if (signal == Signal.Critical && schoolMentioned && context.IsSchoolMentionedNear(i, Window))
            {
                context.Report(FindingKinds.Doubt, start, length,
                    "Je schrijft kritisch over de school waar je werkt. Kritiek van een medewerker wordt online snel gelezen "
                    + $"als nieuws over de school. {rule}",
                    "Bespreek dit eerst met je leidinggevende voordat je het plaatst. Onvrede over je werk bespreek je "
                    + "liever binnen de school dan op sociale media.");
                return;
            }

            i += n - 1;
        }
    }
}
