using Deelwijs.Core.Checks;
using Deelwijs.Core.Engine;

namespace Deelwijs.Core.Detectors.Media;

/// <summary>
/// Media from a school situation where the protocol asks the directie's explicit permission (Johan de Witt 5.1.5), or
/// allows media on one channel only (De Regenboog 9: only the school app).
/// </summary>
internal sealed class MediaPermissionDetector : IDetector
{
    public IReadOnlyList<string> Kinds { get; } = [FindingKinds.MediaNeedsPermission, FindingKinds.MediaChannelNotAllowed];

    public void Detect(DetectionContext context)
    {
        var request = context.Request;
        if (request.Media.Count == 0)
        {
            return;
        }

        if (request.Channel != Channel.SchoolApp)
        {
            context.ReportPost(FindingKinds.MediaChannelNotAllowed,
                $"Volgens het protocol gaan foto's, video's en geluid uit de schoolsituatie alleen in de schoolapp, niet op {DutchLabels.Channel(request.Channel)}.",
                "Plaats het beeld in de schoolapp, of plaats hier alleen de tekst.");
        }

        // The directie gives the permission; their own post needs no one else's yes.
        if (request.Role != Role.Director)
        {
            context.ReportPost(FindingKinds.MediaNeedsPermission,
                "Foto's, video's en geluid uit een schoolsituatie gaan volgens het protocol pas online als de directie daar uitdrukkelijk ja op zegt.",
                "Vraag de directie om toestemming (in Deelwijs met 'Vraag toestemming') en plaats het beeld pas na dat ja.");
        }
    }
}
