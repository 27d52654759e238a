using Deelwijs.Core.Checks;
using Deelwijs.Core.Engine;
using Deelwijs.Core.Rosters;
using Deelwijs.Core.Text;

namespace Deelwijs.Core.Detectors.Names;

/// <summary>
/// Finds people from the roster: full names in any case ("sanne de vries"), a first name alone when only
/// one person on the roster has it, and a last or first name after a title ("juf Van der Berg").
/// A last name alone is not enough: too many surnames are ordinary words (Bakker, Visser, De Jong).
/// </summary>
internal sealed class NameDetector(EngineSetup setup) : IStartWordDetector
{
    private readonly RosterNames names = RosterNames.For(setup.Roster);

    public IReadOnlyList<string> Kinds { get; } = [FindingKinds.Name];

    public IEnumerable<StartWord> StartWords => names.StartWords;

    public void Detect(DetectionContext context)
    {
        // Without a roster there is no one to recognise.
        if (names.IsEmpty || !context.MayStartAnywhere)
        {
            return;
        }

        var tokens = context.Tokens;
        var text = context.Text.AsSpan();
        var folded = context.Folded;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!context.MayStartAt(i))
            {
                continue;
            }

            var length = names.MatchAt(text, folded, tokens, i, out var hit);
            if (length == 0)
            {
                continue;
            }

            var start = tokens[i].Start;
            context.Report(FindingKinds.Name, start, tokens[i + length - 1].End - start, Message(hit.Kind),
                "Laat de naam weg, of vraag eerst toestemming aan deze persoon (bij een leerling: aan de ouders).");
            i += length - 1;
        }
    }

    private static string Message(PersonKind kind) => kind switch
    {
        PersonKind.Pupil => "Dit is de naam van een leerling van de school. Een naam is een persoonsgegeven: online is die voor altijd terug te vinden en aan deze leerling te koppelen.",
        PersonKind.Staff => "Dit is de naam van een medewerker van de school. Een naam is een persoonsgegeven: noem collega's alleen als zij dat goed vinden.",
        _ => "Dit is de naam van een ouder van de school. Een naam is een persoonsgegeven: online is die voor altijd terug te vinden.",
    };
}
