using Deelwijs.Core.Checks;
using Deelwijs.Core.Detectors.Names;
using Deelwijs.Core.Detectors.SpecialCategory;
using Deelwijs.Core.Engine;
using Deelwijs.Core.Text;

namespace Deelwijs.Core.Detectors.Confidential;

/// <summary>
/// Finds internal or confidential information: text marked confidential ("Vertrouwelijk:", "niet doorsturen"),
/// personnel matters (ziekmelding, re-integratie, ontslag of a colleague), pupil files (OPP, handelingsplan,
/// leerlingdossier of someone), results of a named pupil ("Sanne haalde een 3 voor wiskunde"), what was said
/// in an internal meeting, and suspensions. Policy texts ("leerlingen kunnen worden geschorst") and the
/// school's promise that something stays confidential are left alone; so is "het MT heeft besloten".
/// </summary>
internal sealed class ConfidentialDetector(EngineSetup setup) : IStartWordDetector
{
    private const string Suggestion = "Haal dit uit het bericht. Interne en vertrouwelijke zaken bespreek je binnen school, niet op sociale media.";

    private static readonly string[][] Rows = [.. Lexicons.Read("Confidential/confidential")];

    private static readonly PhraseMatcher<ConfidentialTerm> Terms = PhraseMatcher<ConfidentialTerm>.Build(
        Rows.Select(row => (row[0], new ConfidentialTerm(row[1], Mode(row[2])))));

    private static readonly WordSet Disclosures =
        new(new[] { "besproken", "gezegd", "verteld", "gemeld", "bleek", "bleken", "gedeeld", "voren", "sprake", "gehoord", "geklaagd" });

    private static readonly WordSet GradeVerbs =
        new(new[] { "haalde", "haalt", "kreeg", "krijgt", "scoorde", "scoort", "had", "heeft" });

    private readonly PersonReferences people = new(RosterNames.For(setup.Roster));

    public IReadOnlyList<string> Kinds { get; } = [FindingKinds.Confidential];

    public IEnumerable<StartWord> StartWords => Terms.StartWords;

    public void Detect(DetectionContext context)
    {
        var tokens = context.Tokens;
        var folded = context.Folded;
        for (var i = 0; i < tokens.Length; i++)
        {
            // Most words start no confidential phrase; the engine's start-word index says so without a dictionary lookup.
            var length = 0;
            ConfidentialTerm term = null!;
            if (context.MayStartAt(i))
            {
                length = Terms.MatchAt(folded, tokens, i, out term);
            }

            if (length > 0)
            {
                if (Counts(context, i, length, term))
                {
                    Report(context, i, length, term.Category);
                }

                i += length - 1;
            }
            else if (tokens[i].Shape == TokenShape.Digits && IsGrade(context, i, out var end) && people.IsNear(context, i, end - i))
            {
                Report(context, i - 2, end - i + 2, "resultaten");
            }
        }
    }

    private bool Counts(DetectionContext context, int i, int length, ConfidentialTerm term) => term.Mode switch
    {
        ConfidentialMode.Always => true,
        ConfidentialMode.Marking => IsMarking(context, i),
        ConfidentialMode.AboutPerson => people.IsNear(context, i, length),
        ConfidentialMode.Meeting => PassesOnMeeting(context, i),
        _ => false,
    };

    // "VERTROUWELIJK" or "Vertrouwelijk: ..." marks a text; "blijft vertrouwelijk" in prose does not.
    private static bool IsMarking(DetectionContext context, int i)
    {
        var token = context.Tokens[i];
        if ((token.Shape & TokenShape.Upper) != 0)
        {
            return true;
        }

        var text = context.Text.AsSpan();
        var after = text[token.End..].TrimStart(' ');
        return Sentences.StartsAt(text, context.Tokens, i) && (after.IsEmpty || after[0] is ':' or '-' or '!' or '\n' or '\r');
    }

    // "in de teamvergadering is besproken dat ...": a meeting named with in/uit/tijdens and a verb of passing on.
    private static bool PassesOnMeeting(DetectionContext context, int i)
    {
        var tokens = context.Tokens;
        var text = context.Text.AsSpan();
        var preposition = false;
        for (var j = i - 1; j >= Math.Max(0, i - 2); j--)
        {
            preposition |= context.FoldedWord(tokens[j]) is "in" or "uit" or "tijdens" or "na";
        }

        if (!preposition)
        {
            return false;
        }

        for (var j = i + 1; j < tokens.Length && j <= i + 10 && Sentences.Same(text, tokens, i, j); j++)
        {
            if (Disclosures.Contains(context.FoldedWord(tokens[j])))
            {
                return true;
            }
        }

        return false;
    }

    // "haalde een 3 voor", "kreeg een 4,5 voor": a grade from 1 to 10 after a verb of getting.
    private static bool IsGrade(DetectionContext context, int i, out int end)
    {
        end = i + 1;
        var tokens = context.Tokens;
        var word = context.FoldedWord(tokens[i]);
        if (i < 2 || word.Length > 2 || word is "0" || (word.Length == 2 && word is not "10")
            || context.FoldedWord(tokens[i - 1]) is not "een" || !GradeVerbs.Contains(context.FoldedWord(tokens[i - 2])))
        {
            return false;
        }

        // Skip the decimals of "4,5" and look for "voor" (the subject) right after.
        var next = i + 1;
        if (next < tokens.Length && tokens[next].Shape == TokenShape.Digits && tokens[next].Start == tokens[i].End + 1)
        {
            next++;
        }

        end = next;
        return next < tokens.Length && context.FoldedWord(tokens[next]) is "voor";
    }

    private static void Report(DetectionContext context, int first, int count, string category)
    {
        var tokens = context.Tokens;
        var start = tokens[first].Start;
        context.Report(FindingKinds.Confidential, start, tokens[first + count - 1].End - start, Message(category), Suggestion);
    }

    private static string Message(string category) => category switch
    {
        "gemarkeerd" => "Deze tekst is gemarkeerd als vertrouwelijk of intern. Zulke informatie is niet bedoeld om online te delen.",
        "personeel" => "Dit gaat over een personeelszaak (verzuim, re-integratie, beoordeling of ontslag). Dat is vertrouwelijk: het hoort niet op sociale media.",
        "dossier" => "Dit komt uit het dossier of de zorg rond een leerling (zoals een OPP, handelingsplan of melding). Dat is vertrouwelijk: het hoort niet op sociale media.",
        "resultaten" => "Dit gaat over de resultaten van een leerling. Cijfers en schoolresultaten van iemand zijn vertrouwelijk.",
        "overleg" => "Dit geeft door wat er in een intern overleg is besproken. Dat is vertrouwelijk, tenzij de school het zelf naar buiten brengt.",
        _ => "Dit gaat over een schorsing of verwijdering van een leerling. Dat is vertrouwelijk: het hoort niet op sociale media.",
    };

    private static ConfidentialMode Mode(string mode) => mode switch
    {
        "los" => ConfidentialMode.Always,
        "kop" => ConfidentialMode.Marking,
        "persoon" => ConfidentialMode.AboutPerson,
        "overleg" => ConfidentialMode.Meeting,
        "negeer" => ConfidentialMode.Ignore,
        _ => throw new InvalidOperationException($"Unknown mode '{mode}' in confidential.tsv."),
    };
}
