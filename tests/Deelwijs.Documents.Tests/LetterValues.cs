namespace Deelwijs.Documents.Tests;

/// <summary>Values for every field, each distinct, so a test can find each one back in the letter.</summary>
internal static class LetterValues
{
    public static Letterhead Letterhead { get; } =
        new("Het Noorderlicht College", ["Schoolstraat 12, 1234 AB Noorddorp", "020 123 45 67 · info@noorderlicht.example"]);

    public static Dictionary<string, string> Full() => new()
    {
        [Placeholders.Leerling] = "Sanne de Vries",
        [Placeholders.Ouders] = "de heer en mevrouw De Vries",
        [Placeholders.Medewerker] = "Joris van Dam",
        [Placeholders.School] = "Het Noorderlicht College",
        [Placeholders.Datum] = "3 december 2026",
        [Placeholders.GesprekDatum] = "donderdag 10 december 2026 om 15.30 uur",
        [Placeholders.Maatregel] = MeasureTexts.Suspension(new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 8)),
        [Placeholders.Reden] = "Er is een foto van een klasgenote met een kwetsende tekst gedeeld in de groepsapp van de klas.",
        [Placeholders.SchorsingVan] = "maandag 7 december 2026",
        [Placeholders.SchorsingTot] = "dinsdag 8 december 2026",
        [Placeholders.Ondertekenaar] = "Mirjam Bakker",
        [Placeholders.Functie] = "teamleider onderbouw",
    };
}
