using Deelwijs.Core.Checks;
using Deelwijs.Core.Consent;
using Deelwijs.Core.Engine;
using Deelwijs.Core.Media;
using Deelwijs.Core.Rosters;

namespace Deelwijs.Core.Detectors.Media;

/// <summary>
/// Reports every depicted person without consent for the purpose the channel implies (a school account needs
/// 'sociale-media', the website 'website'); a refusal, no answer this school year and an unknown name all mean no.
/// </summary>
internal sealed class MediaConsentDetector(EngineSetup setup) : IDetector
{
    private readonly RosterLookup roster = new(setup.Roster);

    public IReadOnlyList<string> Kinds { get; } = [FindingKinds.MediaConsentMissing];

    public void Detect(DetectionContext context)
    {
        var request = context.Request;
        if (request.Media.Count == 0 && request.Depicted.Count == 0)
        {
            return;
        }

        var purpose = ConsentPurposes.ForChannel(request.Channel);
        var consents = request.Consents;
        var purposeName = consents.NameOf(purpose);
        foreach (var depicted in DepictedPeople.Of(request, roster))
        {
            if (depicted.Person is not { } person)
            {
                context.ReportPostEach(FindingKinds.MediaConsentMissing,
                    $"{depicted.Name} staat op de foto, maar niet in de leerlingenlijst van de school. Deelwijs kan dus niet nagaan of er toestemming is, en zonder toestemming mag het niet.",
                    $"Controleer de naam. Is {depicted.Name} geen leerling, ouder of medewerker, vraag dan zelf toestemming voordat je het beeld plaatst.");
                continue;
            }

            switch (consents.Answer(person, purpose))
            {
                case ConsentAnswer.Given:
                    break;
                case ConsentAnswer.Refused:
                    context.ReportPostEach(FindingKinds.MediaConsentMissing,
                        $"Voor {person.FullName} is geen toestemming gegeven voor beeld op '{purposeName}'. Dit beeld mag daar dus niet online.",
                        Suggestion(person));
                    break;
                default:
                    context.ReportPostEach(FindingKinds.MediaConsentMissing,
                        $"Voor {person.FullName} is {(consents.HasYear ? $"voor schooljaar {consents.Year} " : "")}nog geen keuze bekend over beeld op '{purposeName}'. Geen antwoord betekent: geen toestemming.",
                        Suggestion(person) + " Of vraag " + Asker(person) + " om een keuze in Deelwijs.");
                    break;
            }
        }
    }

    private static string Suggestion(Person person) =>
        $"Kies beeld zonder {person.FirstName}, of maak {person.FirstName} onherkenbaar.";

    private static string Asker(Person person) => person.Kind == PersonKind.Pupil ? "de ouders (of de leerling vanaf 16)" : person.FirstName;
}
