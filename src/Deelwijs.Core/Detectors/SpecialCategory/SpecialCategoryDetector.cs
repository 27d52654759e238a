using Deelwijs.Core.Checks;
using Deelwijs.Core.Detectors.Names;
using Deelwijs.Core.Engine;
using Deelwijs.Core.Text;

namespace Deelwijs.Core.Detectors.SpecialCategory;

/// <summary>
/// Finds special-category data about a particular person: health and diagnoses (ADHD, autisme, dyslexie,
/// epilepsie, ...), religion, ethnicity, sexual orientation and criminal past. The word alone is not
/// enough: "Sanne heeft ADHD" and "onze leerling met autisme" are found, "voorlichting over autisme" and
/// "Week van de dyslexie" are not.
/// </summary>
internal sealed class SpecialCategoryDetector(EngineSetup setup) : IStartWordDetector
{
    private static readonly string[][] Rows = [.. Lexicons.Read("SpecialCategory/special-category")];

    private static readonly PhraseMatcher<SensitiveTerm> Terms = PhraseMatcher<SensitiveTerm>.Build(
        Rows.Select(row => (row[0], new SensitiveTerm(row[1], row.Length > 2 && row[2] == "hoofdletters"))));

    private readonly PersonReferences people = new(RosterNames.For(setup.Roster));

    public IReadOnlyList<string> Kinds { get; } = [FindingKinds.SpecialCategory];

    public IEnumerable<StartWord> StartWords => Terms.StartWords;

    public void Detect(DetectionContext context)
    {
        // Most posts have no word that starts a sensitive phrase; the engine's start-word index says so per word.
        if (!context.MayStartAnywhere)
        {
            return;
        }

        var tokens = context.Tokens;
        var folded = context.Folded;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!context.MayStartAt(i))
            {
                continue;
            }

            var length = Terms.MatchAt(folded, tokens, i, out var term);
            if (length == 0)
            {
                continue;
            }

            if (term.Category != SensitiveTerm.Ignore
                && (!term.CapitalsOnly || (tokens[i].Shape & TokenShape.Upper) != 0)
                && people.IsAbout(context, i, length))
            {
                var start = tokens[i].Start;
                context.Report(FindingKinds.SpecialCategory, start, tokens[i + length - 1].End - start, Message(term.Category),
                    "Laat dit weg. Zulke gegevens over iemand deel je niet online, ook niet zonder naam als de persoon herkenbaar is.");
            }

            i += length - 1;
        }
    }

    private static string Message(string category) => category switch
    {
        "gezondheid" => "Dit gaat over de gezondheid, een diagnose of een beperking van iemand. Dat is een bijzonder persoonsgegeven: dat mag je zonder uitdrukkelijke toestemming niet delen.",
        "religie" => "Dit gaat over het geloof van iemand. Dat is een bijzonder persoonsgegeven: dat mag je zonder uitdrukkelijke toestemming niet delen.",
        "afkomst" => "Dit gaat over de afkomst of verblijfsstatus van iemand. Afkomst is een bijzonder persoonsgegeven: dat mag je zonder uitdrukkelijke toestemming niet delen.",
        "seksualiteit" => "Dit gaat over de seksuele geaardheid of genderidentiteit van iemand. Dat is een bijzonder persoonsgegeven: dat mag je zonder uitdrukkelijke toestemming niet delen.",
        _ => "Dit gaat over een strafrechtelijk verleden of contact met politie en justitie van iemand. Dat is een strafrechtelijk persoonsgegeven: dat deel je niet online.",
    };
}
