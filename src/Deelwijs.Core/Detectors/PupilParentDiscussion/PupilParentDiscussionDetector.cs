using Deelwijs.Core.Checks;
using Deelwijs.Core.Engine;

namespace Deelwijs.Core.Detectors.PupilParentDiscussion;

/// <summary>
/// Finds an employee replying to a pupil or parent on social media (Konot 4, De Regenboog 4, SSOE 3.3.1). Functional
/// contact through the school app (ouderportaal) or a functional account for a group or project is allowed.
/// </summary>
internal sealed class PupilParentDiscussionDetector : IDetector
{
    private static readonly string[] DetectorKinds = [FindingKinds.DiscussionPupilParent];

    public IReadOnlyList<string> Kinds => DetectorKinds;

    public void Detect(DetectionContext context)
    {
        var request = context.Request;
        if (!request.Role.IsEmployee() || request.Channel is Channel.SchoolApp or Channel.FunctionalAccount)
        {
            return;
        }

        var (who, whom) = request.ReplyTo switch
        {
            ReplyTo.Pupil => ("een leerling", "de leerling"),
            ReplyTo.Parent => ("een ouder", "de ouder"),
            _ => (null, null),
        };
        if (who is null)
        {
            return;
        }

        context.ReportPost(FindingKinds.DiscussionPupilParent,
            $"Je reageert op sociale media op {who}. Het protocol vraagt om met leerlingen en ouders niet online in gesprek "
            + "of discussie te gaan: iedereen leest mee en een reactie is moeilijk terug te nemen.",
            $"Plaats deze reactie niet. Neem persoonlijk contact op met {whom} (bellen of een gesprek op school), "
            + "of regel praktische zaken via de schoolapp of het ouderportaal.");
    }
}
