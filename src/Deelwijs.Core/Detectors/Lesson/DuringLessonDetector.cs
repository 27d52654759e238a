using Deelwijs.Core.Checks;
using Deelwijs.Core.Engine;

namespace Deelwijs.Core.Detectors.Lesson;

/// <summary>
/// Finds a post written during a lesson (Johan de Witt 5.1.1, SSOE 3.1.2, ASKO, De Regenboog 12): in class nobody is
/// on social media unless it is part of the lesson and permitted beforehand. The protocol binds it only for lessons.
/// </summary>
internal sealed class DuringLessonDetector : IDetector
{
    private static readonly string[] DetectorKinds = [FindingKinds.DuringLesson];

    public IReadOnlyList<string> Kinds => DetectorKinds;

    public void Detect(DetectionContext context)
    {
        var request = context.Request;
        if (!request.DuringLesson)
        {
            return;
        }

        if (request.Role == Role.Pupil)
        {
            context.ReportPost(FindingKinds.DuringLesson,
                "Je schrijft dit tijdens de les. In de les zit je niet op sociale media, tenzij je leraar zegt dat het bij de les hoort.",
                "Plaats het bericht na de les, of vraag eerst aan je leraar of het mag.");
            return;
        }

        context.ReportPost(FindingKinds.DuringLesson,
            "Je schrijft dit tijdens de les. Tijdens de les gebruik je geen sociale media, tenzij het bij de les hoort "
            + "en er vooraf toestemming voor is.",
            "Plaats het bericht na de les. Hoort het bij de les, vraag dan vooraf toestemming aan je leidinggevende "
            + "(en waar het protocol dat vraagt aan de ouders).");
    }
}
