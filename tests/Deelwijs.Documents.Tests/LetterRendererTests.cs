namespace Deelwijs.Documents.Tests;

public sealed class LetterRendererTests
{
    public static TheoryData<string> DefaultCodes() => new(LetterTemplates.Defaults.Select(t => t.Code));

    [Theory]
    [MemberData(nameof(DefaultCodes))]
    public void Render_DefaultLetter_GivesPdfWithEveryFilledInValue(string code)
    {
        var template = LetterTemplates.Find(code)!;
        var values = LetterValues.Full();

        var text = PdfText.All(LetterRenderer.Render(template, values, LetterValues.Letterhead));

        var fields = LetterRenderer.Fields(template);
        Assert.Contains(Placeholders.Datum, fields);
        Assert.Contains(Placeholders.Reden, fields);
        foreach (var field in fields)
        {
            Assert.Contains(values[field], text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
        Assert.DoesNotContain("**", text, StringComparison.Ordinal);
        Assert.StartsWith("Het Noorderlicht College", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_CoverTheLettersOfTheLadder()
    {
        Assert.Equal(
            ["Uitnodiging voor een gesprek (leerling en ouders)", "Uitnodiging voor een gesprek (medewerker)",
             "Mededeling van een maatregel (leerling)", "Mededeling van een disciplinaire maatregel (medewerker)",
             "Melding aan ouders van schorsing", "Melding schorsing aan de Inspectie"],
            LetterTemplates.Defaults.Select(t => t.Title));
        Assert.All(LetterTemplates.Defaults, t => Assert.Empty(LetterRenderer.Check(t)));
    }

    [Fact]
    public void Render_MeasureLetter_NamesThePupilAndTheMeasureWithItsDates()
    {
        var values = LetterValues.Full();
        values[Placeholders.Maatregel] = MeasureTexts.Suspension(new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 8));

        var text = PdfText.All(LetterRenderer.Render(LetterTemplates.Find(LetterTemplates.MeasurePupil)!, values, LetterValues.Letterhead));

        Assert.Contains("Beste ouders of verzorgers van Sanne de Vries,", text, StringComparison.Ordinal);
        Assert.Contains("De school heeft besloten tot een schorsing van maandag 7 december 2026 tot en met dinsdag 8 december 2026.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_StaffMeasure_NamesTheWrittenReprimand()
    {
        var values = LetterValues.Full();
        values[Placeholders.Maatregel] = MeasureTexts.WrittenReprimand;

        var text = PdfText.All(LetterRenderer.Render(LetterTemplates.Find(LetterTemplates.MeasureStaff)!, values, LetterValues.Letterhead));

        Assert.Contains("Geachte Joris van Dam,", text, StringComparison.Ordinal);
        Assert.Contains("de volgende disciplinaire maatregel op: een schriftelijke berisping.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NamesWithDiacritics_AppearAsWritten()
    {
        var values = LetterValues.Full();
        values[Placeholders.Leerling] = "Zoë Chloé Gülşen";
        values[Placeholders.Ouders] = "mevrouw Naïma Öztürk en de heer Łukasz Wróbel";

        var text = PdfText.All(LetterRenderer.Render(LetterTemplates.Find(LetterTemplates.SuspensionParents)!, values, LetterValues.Letterhead));

        Assert.Contains("Aan: mevrouw Naïma Öztürk en de heer Łukasz Wróbel, ouders of verzorgers van Zoë Chloé Gülşen", text, StringComparison.Ordinal);
        Assert.Contains("meer dan één dag", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnknownPlaceholder_IsRefusedInDutchNamingItAndItsLine()
    {
        var template = new LetterTemplate("eigen", "Eigen brief", "Beste ouders,\n\nWij willen praten over\n{{leering}} en {{reden}}.");

        var error = Assert.Throws<LetterTemplateException>(() => LetterRenderer.Render(template, LetterValues.Full(), LetterValues.Letterhead));

        Assert.Equal("Op regel 4 staat het onbekende invulveld {{leering}}. Bedoel je {{leerling}}?", error.Message);
        var problem = Assert.Single(error.Problems);
        Assert.Equal((4, 1, "leering"), (problem.Line, problem.Column, problem.Placeholder));
    }

    [Fact]
    public void Check_FieldNothingLike_ListsTheFieldsToChooseFrom()
    {
        var problem = Assert.Single(LetterRenderer.Check(new LetterTemplate("eigen", "Eigen brief", "Klas: {{ klasnummer }}")));

        Assert.Equal(1, problem.Line);
        Assert.Equal(7, problem.Column);
        Assert.StartsWith("Op regel 1 staat het onbekende invulveld {{klasnummer}}. Kies uit: {{leerling}}, {{ouders}}", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnclosedFieldAndBold_AreNamedByLine()
    {
        var problems = LetterRenderer.Check(new LetterTemplate("eigen", "Eigen brief", "Beste {{leerling,\n\n**Let op: dit is belangrijk."));

        Assert.Equal(
            ["Op regel 1 staat {{ zonder }} erna. Maak het invulveld af of haal de accolades weg.",
             "Op regel 3 begint vetgedrukte tekst met ** maar die wordt op die regel niet afgesloten met **."],
            problems.Select(p => p.Message));
    }

    [Fact]
    public void Render_FieldWithoutValue_IsRefusedNamingFieldAndLine()
    {
        var values = LetterValues.Full();
        values.Remove(Placeholders.GesprekDatum);
        values[Placeholders.Reden] = "  ";

        var error = Assert.Throws<LetterTemplateException>(() =>
            LetterRenderer.Render(LetterTemplates.Find(LetterTemplates.InvitationStaff)!, values, LetterValues.Letterhead));

        Assert.Equal(
            ["Het invulveld {{reden}} op regel 10 heeft geen waarde. Vul het in of haal het uit de brief.",
             "Het invulveld {{gesprek_datum}} op regel 12 heeft geen waarde. Vul het in of haal het uit de brief."],
            error.Problems.Select(p => p.Message));
    }

    [Fact]
    public void Render_ValueWithTemplateMarks_IsPrintedAsTyped()
    {
        var template = new LetterTemplate("eigen", "Eigen brief", "Reden: **{{reden}}**\nSchool: {{school}}");
        var values = new Dictionary<string, string> { [Placeholders.Reden] = "hij schreef **echt** {{leerling}}" };

        var text = PdfText.All(LetterRenderer.Render(template, values, LetterValues.Letterhead));

        Assert.Contains("Reden: hij schreef **echt** {{leerling}}", text, StringComparison.Ordinal);
        Assert.Contains("School: Het Noorderlicht College", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LongLetter_ContinuesOnANumberedSecondPage()
    {
        var values = LetterValues.Full();
        values[Placeholders.Reden] = string.Join(" ", Enumerable.Repeat("Sanne heeft in de groepsapp herhaaldelijk kwetsende berichten gestuurd.", 60));

        var pages = PdfText.Pages(LetterRenderer.Render(LetterTemplates.Find(LetterTemplates.InvitationPupil)!, values, LetterValues.Letterhead));

        Assert.Equal(2, pages.Count);
        Assert.EndsWith("pagina 1 van 2", pages[0], StringComparison.Ordinal);
        Assert.EndsWith("pagina 2 van 2", pages[1], StringComparison.Ordinal);
        Assert.Contains("Met vriendelijke groet, Mirjam Bakker", pages[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_ManyLettersAtOnce_AllComeOutWhole()
    {
        var template = LetterTemplates.Find(LetterTemplates.SuspensionParents)!;

        var letters = await Task.WhenAll(Enumerable.Range(1, 8).Select(i => Task.Run(() =>
        {
            var values = LetterValues.Full();
            values[Placeholders.Leerling] = $"Leerling {i}";
            return (i, pdf: LetterRenderer.Render(template, values, LetterValues.Letterhead));
        })));

        Assert.All(letters, l => Assert.Contains($"schorsing van Leerling {l.i}", PdfText.All(l.pdf), StringComparison.Ordinal));
    }

    [Fact]
    public void Fields_ListEachFieldOnceInOrderOfUse()
    {
        Assert.Equal(
            [Placeholders.Datum, Placeholders.School, Placeholders.Leerling, Placeholders.SchorsingVan, Placeholders.SchorsingTot,
             Placeholders.Reden, Placeholders.Ondertekenaar, Placeholders.Functie],
            LetterRenderer.Fields(LetterTemplates.Find(LetterTemplates.SuspensionInspectie)!));
    }
}
