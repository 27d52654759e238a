using Deelwijs.Core.Checks;
using Deelwijs.Core.Engine;
using Deelwijs.Core.Text;

namespace Deelwijs.Core.Detectors.Iban;

/// <summary>
/// Finds bank account numbers (IBAN) of any country, with or without spaces (NL91 ABNA 0417 1643 00),
/// when the length fits the country and the mod-97 check passes; a mistyped or made-up number is left alone,
/// and so is the account of an organisation named next to it (stichting, ouderraad).
/// </summary>
internal sealed class IbanDetector : IDetector
{
    private const string Message = "Dit is een bankrekeningnummer (IBAN). Een rekeningnummer is een persoonsgegeven en kan worden misbruikt voor oplichting.";
    private const string Suggestion = "Haal het rekeningnummer weg. Voor betalingen aan school verwijs je naar de ouderbijdrage-pagina of de administratie.";

    private static readonly WordSet Organisations =
        new(new[] { "stichting", "ouderraad", "oudervereniging", "ouderbijdrage", "vereniging", "schoolfonds", "oudercommissie" });

    public IReadOnlyList<string> Kinds { get; } = [FindingKinds.Iban];

    public void Detect(DetectionContext context)
    {
        var text = context.Text.AsSpan();

        // An IBAN has a two-digit check number right after the country code.
        if (context.Digits < 2)
        {
            return;
        }

        foreach (var token in context.Tokens)
        {
            // Every IBAN starts a word with two letters and two digits ("NL91").
            if (token.Length >= 4 && (token.Shape & TokenShape.Digits) != 0 && IsCountryAndCheck(text.Slice(token.Start, 4)))
            {
                var length = IbanNumber.MatchLength(text[token.Start..]);
                if (length > 0 && !OrganisationAccount(context, token.Start))
                {
                    context.Report(FindingKinds.Iban, token.Start, length, Message, Suggestion);
                }
            }
        }
    }

    // "NL02 ... t.n.v. Stichting De Regenboog" or "de rekening van de ouderraad" belongs to an organisation, not a person.
    private static bool OrganisationAccount(DetectionContext context, int start)
    {
        var tokens = context.Tokens;
        var at = 0;
        while (at < tokens.Length && tokens[at].Start < start)
        {
            at++;
        }

        // A window of words rather than the sentence: "t.n.v." and "ouderbijdrage:" hold dots and colons.
        for (var i = Math.Max(0, at - 10); i < tokens.Length && i <= at + 16; i++)
        {
            if (Organisations.Contains(context.FoldedWord(tokens[i])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCountryAndCheck(ReadOnlySpan<char> start) =>
        char.IsAsciiLetter(start[0]) && char.IsAsciiLetter(start[1]) && char.IsAsciiDigit(start[2]) && char.IsAsciiDigit(start[3]);
}
