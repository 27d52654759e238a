using System.Globalization;

namespace Deelwijs.Documents;

/// <summary>Lays out a person's dossier as a PDF for a request for access: a title page, then every entry in date order.</summary>
public static class DossierPdf
{
    private const double DateColumn = 102;

    private static readonly TextStyle Title = new(22, TextStyle.Ink, 1.25);
    private static readonly TextStyle Person = new(15, TextStyle.Ink, 1.3);
    private static readonly TextStyle Text = new(10, TextStyle.Ink);
    private static readonly TextStyle Small = new(8.5, TextStyle.Muted);
    private static readonly TextStyle Heading = new(13, TextStyle.Ink);

    public static byte[] Render(DossierExport export)
    {
        ArgumentNullException.ThrowIfNull(export);
        var dossier = DossierWords.Name(export.Kind);
        var entries = DossierWords.ByDate(export.Entries);

        using var document = PdfFiles.Create($"Inzage in het {dossier} van {export.PersonName}", export.School);
        var inList = false;
        using (var flow = new PageFlow(document, PageMargins.Letter, f =>
        {
            if (inList)
            {
                ColumnHeads(f);
            }
        }))
        {
            TitlePage(flow, export, dossier, entries);
            flow.NewPage();
            flow.Write(TextRun.Strong("Overzicht"), Heading);
            flow.Gap(6);
            inList = true;
            ColumnHeads(flow);
            if (entries.Count == 0)
            {
                flow.Write(TextRun.Plain($"Er staat niets in het {dossier}."), Text);
            }

            foreach (var entry in entries)
            {
                Entry(flow, entry);
            }
        }

        PageNumbers.Stamp(document, PageMargins.Letter, $"Inzage in het {dossier} van {export.PersonName}");
        return PdfFiles.ToBytes(document);
    }

    private static void TitlePage(PageFlow flow, DossierExport export, string dossier, IReadOnlyList<DossierEntry> entries)
    {
        flow.Write(TextRun.Plain(export.School), Small);
        flow.Gap(110);
        flow.Write(TextRun.Strong($"Inzage in het {dossier}"), Title);
        flow.Write(TextRun.Plain(export.PersonName), Person);
        flow.Gap(24);

        Fact(flow, "School", export.School);
        Fact(flow, "Gemaakt op", DutchDates.Moment(export.ExportedAt));
        if (!string.IsNullOrWhiteSpace(export.RequestedBy))
        {
            Fact(flow, "Op verzoek van", export.RequestedBy);
        }

        Fact(flow, "Aantal onderdelen", entries.Count.ToString(CultureInfo.InvariantCulture));
        if (entries.Count > 0)
        {
            Fact(flow, "Periode", $"{DutchDates.Short(entries[0].Date)} tot en met {DutchDates.Short(entries[^1].Date)}");
        }

        flow.Gap(24);
        var about = $"Dit overzicht bevat alles wat {export.School} in het {dossier} van {export.PersonName} bewaart: de stappen die de school "
            + "heeft gezet, de documenten en de aantekeningen, op volgorde van datum. Bij elk onderdeel staat wie het heeft vastgelegd en wat "
            + "eruit kwam; de namen van bijbehorende documenten staan erbij.";
        flow.Write(TextRun.Plain(about), Text);
        flow.Gap(Text.LineHeight * 0.6);
        var why = "Het overzicht is gemaakt op verzoek (een inzageverzoek): op grond van artikel 15 van de Algemene verordening "
            + "gegevensbescherming (AVG) mag iedereen inzien welke persoonsgegevens een organisatie over hem of haar bewaart. "
            + "Klopt er iets niet, dan kunt u de school vragen het te verbeteren (artikel 16 AVG).";
        flow.Write(TextRun.Plain(why), Text);
    }

    private static void Fact(PageFlow flow, string label, string value) =>
        flow.Write([new TextRun($"{label}: ", true), new TextRun(value)], Text);

    private static void ColumnHeads(PageFlow flow)
    {
        flow.Label("Datum", Small, true, 0);
        flow.Label("Onderdeel", Small, true, DateColumn);
        flow.Gap(Small.LineHeight);
        flow.Rule(TextStyle.Muted);
        flow.Gap(6);
    }

    private static void Entry(PageFlow flow, DossierEntry entry)
    {
        // Keep at least the title and one more line together with the date.
        flow.EnsureSpace((Text.LineHeight * 2) + Small.LineHeight);
        flow.Label(DutchDates.Short(entry.Date), Text, false, 0);
        flow.Write(TextRun.Strong(entry.Title), Text, DateColumn);

        var about = DossierWords.Name(entry.Kind);
        about = string.IsNullOrWhiteSpace(entry.Case) ? about : $"{about} · zaak: {entry.Case}";
        about = string.IsNullOrWhiteSpace(entry.Who) ? about : $"{about} · door: {entry.Who}";
        flow.Write(TextRun.Plain(about), Small, DateColumn);

        if (!string.IsNullOrWhiteSpace(entry.Summary))
        {
            flow.Gap(2);
            flow.Write(TextRun.Plain(entry.Summary), Text, DateColumn);
        }

        if (entry.Documents.Count > 0)
        {
            flow.Write([new TextRun("Documenten: ", true), new TextRun(string.Join(", ", entry.Documents))], Small, DateColumn);
        }

        flow.Gap(6);
        flow.Rule(TextStyle.Muted, 0.25);
        flow.Gap(8);
    }
}
