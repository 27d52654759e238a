namespace Deelwijs.Documents;

/// <summary>Every field a letter template may use; anything else between <c>{{ }}</c> is refused.</summary>
public static class Placeholders
{
    public const string Leerling = "leerling";
    public const string Ouders = "ouders";
    public const string Medewerker = "medewerker";
    public const string School = "school";
    public const string Datum = "datum";
    public const string GesprekDatum = "gesprek_datum";
    public const string Maatregel = "maatregel";
    public const string Reden = "reden";
    public const string SchorsingVan = "schorsing_van";
    public const string SchorsingTot = "schorsing_tot";
    public const string Ondertekenaar = "ondertekenaar";
    public const string Functie = "functie";

    public static IReadOnlyList<Placeholder> All { get; } =
    [
        new(Leerling, "de naam van de leerling"),
        new(Ouders, "de namen van de ouders of verzorgers"),
        new(Medewerker, "de naam van de medewerker"),
        new(School, "de naam van de school (staat er geen waarde, dan de naam uit het briefhoofd)"),
        new(Datum, "de datum van de brief"),
        new(GesprekDatum, "de dag en het tijdstip van het gesprek"),
        new(Maatregel, "de maatregel in woorden, bijvoorbeeld 'een schriftelijke waarschuwing'"),
        new(Reden, "wat er is gebeurd en waarom de school dit doet"),
        new(SchorsingVan, "de eerste dag van de schorsing"),
        new(SchorsingTot, "de laatste dag van de schorsing"),
        new(Ondertekenaar, "de naam van wie de brief ondertekent"),
        new(Functie, "de functie van wie de brief ondertekent"),
    ];

    public static bool IsKnown(string name) => All.Any(p => string.Equals(p.Name, name, StringComparison.Ordinal));
}
