namespace Deelwijs.Documents.Tests;

/// <summary>Dossiers for the tests, with entries given out of date order on purpose.</summary>
internal static class DossierExamples
{
    public static DateTimeOffset ExportedAt { get; } = new(2026, 12, 3, 14, 5, 0, TimeSpan.FromHours(1));

    public static DossierExport Pupil() => new(
        "Sanne de Vries",
        DossierKind.Pupil,
        "Het Noorderlicht College",
        ExportedAt,
        [
            new(new DateOnly(2026, 3, 9), "Gesprek met de teamleider", DossierEntryKind.Step, "Mirjam Bakker",
                "Sanne heeft toegezegd geen foto's van klasgenoten meer te delen. Haar ouders waren bij het gesprek.", [], "Cyberpesten, maart 2026"),
            new(new DateOnly(2026, 3, 2), "Gesprek tussen leerling en leerkracht", DossierEntryKind.Step, "Joris van Dam",
                "Sanne ziet in dat het bericht kwetsend was.", [], "Cyberpesten, maart 2026"),
            new(new DateOnly(2026, 3, 10), "Uitnodiging voor een gesprek", DossierEntryKind.Document, "Mirjam Bakker", null,
                ["uitnodiging-gesprek-2026-03-10.pdf", "schermafbeelding groepsapp.png"], "Cyberpesten, maart 2026"),
            new(new DateOnly(2026, 3, 4), "Telefoonnummer van de moeder bijgewerkt", DossierEntryKind.Note, "Ria Smit (administratie)", null, []),
        ],
        "de ouders van Sanne de Vries");

    /// <summary>A staff dossier with enough entries to fill several pages.</summary>
    public static DossierExport LongStaff(int entries) => new(
        "Joris van Dam",
        DossierKind.Staff,
        "Het Noorderlicht College",
        ExportedAt,
        Enumerable.Range(0, entries).Reverse().Select(i => new DossierEntry(
            new DateOnly(2025, 1, 1).AddDays(i * 3),
            $"Onderdeel {i + 1:D2}",
            DossierEntryKind.Note,
            "Mirjam Bakker",
            "Een aantekening van enige lengte, zodat elk onderdeel een paar regels beslaat en het overzicht over meer dan één pagina loopt.",
            [])).ToList());
}
