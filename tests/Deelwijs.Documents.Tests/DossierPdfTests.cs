using System.Globalization;

namespace Deelwijs.Documents.Tests;

public sealed class DossierPdfTests
{
    [Fact]
    public void Render_TitlePage_SaysWhatTheExportIsAndWhy()
    {
        var pages = PdfText.Pages(DossierPdf.Render(DossierExamples.Pupil()));

        var title = pages[0];
        Assert.StartsWith("Het Noorderlicht College Inzage in het leerlingdossier Sanne de Vries", title, StringComparison.Ordinal);
        Assert.Contains("Gemaakt op: 3 december 2026 om 14.05 uur", title, StringComparison.Ordinal);
        Assert.Contains("Op verzoek van: de ouders van Sanne de Vries", title, StringComparison.Ordinal);
        Assert.Contains("Aantal onderdelen: 4", title, StringComparison.Ordinal);
        Assert.Contains("Periode: 2 maart 2026 tot en met 10 maart 2026", title, StringComparison.Ordinal);
        Assert.Contains("gemaakt op verzoek (een inzageverzoek): op grond van artikel 15 van de Algemene verordening gegevensbescherming (AVG)", title, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Entries_AppearInDateOrderWithTheirDetails()
    {
        var text = PdfText.All(DossierPdf.Render(DossierExamples.Pupil()));

        string[] inDateOrder =
        [
            "2 maart 2026 Gesprek tussen leerling en leerkracht",
            "4 maart 2026 Telefoonnummer van de moeder bijgewerkt",
            "9 maart 2026 Gesprek met de teamleider",
            "10 maart 2026 Uitnodiging voor een gesprek",
        ];
        var positions = inDateOrder.Select(t => text.IndexOf(t, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);

        Assert.Contains("stap · zaak: Cyberpesten, maart 2026 · door: Mirjam Bakker Sanne heeft toegezegd", text, StringComparison.Ordinal);
        Assert.Contains("aantekening · door: Ria Smit (administratie)", text, StringComparison.Ordinal);
        Assert.Contains("Documenten: uitnodiging-gesprek-2026-03-10.pdf, schermafbeelding groepsapp.png", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LongDossier_NumbersEveryPage()
    {
        var export = DossierExamples.LongStaff(40);

        var pages = PdfText.Pages(DossierPdf.Render(export));

        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        for (var i = 0; i < pages.Count; i++)
        {
            var number = string.Create(CultureInfo.InvariantCulture, $"pagina {i + 1} van {pages.Count}");
            Assert.EndsWith($"Inzage in het personeelsdossier van Joris van Dam · {number}", pages[i], StringComparison.Ordinal);
        }

        // Pages after the first repeat the column heads, and no entry is lost between pages.
        Assert.All(pages.Skip(1), p => Assert.StartsWith(p == pages[1] ? "Overzicht Datum Onderdeel" : "Datum Onderdeel", p, StringComparison.Ordinal));
        var text = string.Join(" ", pages);
        var positions = Enumerable.Range(1, 40).Select(i => text.IndexOf($"Onderdeel {i:D2}", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Render_EmptyDossier_SaysSo()
    {
        var export = DossierExamples.Pupil() with { Entries = [], RequestedBy = null };

        var pages = PdfText.Pages(DossierPdf.Render(export));

        Assert.Equal(2, pages.Count);
        Assert.Contains("Aantal onderdelen: 0", pages[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Op verzoek van", pages[0], StringComparison.Ordinal);
        Assert.Contains("Er staat niets in het leerlingdossier.", pages[1], StringComparison.Ordinal);
    }
}
