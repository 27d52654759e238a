namespace Deelwijs.Core.Detectors.Language;

/// <summary>What a teacher or pupil reads about each kind of offensive language, and how to fix it.</summary>
internal static class LanguageMessages
{
    public static readonly (string Message, string Suggestion) Profanity = (
        "Dit is schuttingtaal: een vloek of grof woord. Zulke taal hoort niet in een bericht dat anderen lezen en kan mensen kwetsen.",
        "Haal dit woord weg. Wil je laten merken dat je boos of teleurgesteld bent, schrijf dat dan gewoon op, bijvoorbeeld 'wat balen'.");

    public static readonly (string Message, string Suggestion) DiseaseCurse = (
        "Dit is een vloek met een ziekte (zoals kanker, tyfus of tering). Dat kwetst mensen die zelf ziek zijn of iemand aan zo'n ziekte hebben verloren.",
        "Haal deze vloek weg. Wil je laten merken dat je boos bent, schrijf dat dan in gewone woorden op.");

    public static readonly (string Message, string Suggestion) Insult = (
        "Dit is een belediging: een scheldwoord of kwetsende opmerking over iemand. Dat doet de ander pijn en kan online pesten zijn.",
        "Haal de belediging weg. Ben je het ergens niet mee eens, schrijf dan wat je ervan vindt zonder de ander uit te schelden.");

    public static readonly (string Message, string Suggestion) Slur = (
        "Dit is een scheldwoord voor een groep mensen (om afkomst, huidskleur, geloof, geslacht, geaardheid of een beperking). Zo'n woord is discriminerend en kwetst iedereen uit die groep.",
        "Haal dit woord weg. Moet je de groep noemen, gebruik dan een neutraal woord (bijvoorbeeld 'Marokkaanse Nederlanders', 'homo's', 'mensen met een beperking').");

    public static readonly (string Message, string Suggestion) GroupHate = (
        "Dit is discriminerende of haatdragende taal over een groep mensen: de hele groep wordt gehaat, uitgescholden, als minder dan mens neergezet of buitengesloten. Dat kwetst, zet mensen tegen elkaar op en kan strafbaar zijn.",
        "Haal deze zin weg. Je mag een mening hebben, maar schrijf die op zonder een hele groep mensen weg te zetten of te bedreigen.");

    public static readonly (string Message, string Suggestion) Threat = (
        "Dit is een bedreiging: er staat dat iemand iets aangedaan wordt of moet worden. Ook als grap bedoeld kan de ander er bang van worden, en bedreigen is strafbaar.",
        "Haal de bedreiging weg. Ben je boos op iemand, praat er dan over met je mentor of een docent in plaats van online te dreigen.");

    public static readonly (string Message, string Suggestion) Sexual = (
        "Dit is seksuele of seksueel expliciete taal. Dat hoort niet in een bericht dat leerlingen, ouders en collega's kunnen lezen en kan als grensoverschrijdend worden ervaren.",
        "Haal deze woorden weg. Gaat het bericht over voorlichting of een les, overleg dan eerst met een docent hoe je het netjes opschrijft.");

    public static (string Message, string Suggestion) ForWord(LexEntry entry) => entry.Kind switch
    {
        WordKind.Insult => Insult,
        WordKind.Sexual => Sexual,
        WordKind.Discrimination => Slur,
        _ when entry.Has(LexCondition.Disease | LexCondition.Illness) => DiseaseCurse,
        _ => Profanity,
    };
}
