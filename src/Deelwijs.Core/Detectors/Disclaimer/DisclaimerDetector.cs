using Deelwijs.Core.Checks;
using Deelwijs.Core.Engine;

namespace Deelwijs.Core.Detectors.Disclaimer;

/// <summary>
/// Finds a post in which an employee writes about the school on a private account without saying that it is
/// a personal opinion (SSOE 3.3.5, Johan de Witt 5.3.3, ASKO, Konot 2): points at the first mention of the school.
/// </summary>
internal sealed class DisclaimerDetector : IDetector
{
    private static readonly string[] DetectorKinds = [FindingKinds.DisclaimerMissing];

    private readonly PersonalTitleStatements statements = new();

    public IReadOnlyList<string> Kinds => DetectorKinds;

    public void Detect(DetectionContext context)
    {
        var request = context.Request;

        // On an official channel the school itself speaks; pupils and parents never speak for the school.
        if (request.Channel != Channel.PrivateAccount || !request.Role.IsEmployee() || !context.SchoolMentioned)
        {
            return;
        }

        if (statements.IsStated(context) || context.SchoolMention is not { } mention)
        {
            return;
        }

        context.Report(FindingKinds.DisclaimerMissing, mention.Start, mention.Length,
            $"Je schrijft op je eigen account over {mention.Name}, maar je zegt er niet bij dat dit jouw persoonlijke mening is. "
            + "Omdat je er werkt, kunnen lezers denken dat dit het standpunt van de school is.",
            $"Voeg een zin toe zoals: 'Dit schrijf ik op persoonlijke titel; het is niet het standpunt van {mention.Name}.'");
    }
}
