using Deelwijs.Core.Rosters;
using Deelwijs.Data;
using Deelwijs.Web.Demo;
using Deelwijs.Web.Tests.Checks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Deelwijs.Web.Tests.Browser;

public sealed class IncidentBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task APupilReportsCyberbullying_TheManagerTakesTwoSteps_AndTheDossierShowsBoth()
    {
        var bully = await AddPupilAsync("Kevin", "Testpester");
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, DemoAccounts.Email("leerling"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Melden", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Melden" })).ToBeVisibleAsync();
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page);

        await page.GetByLabel("Cyberpesten").CheckAsync();
        await page.GetByLabel("Vertel wat er gebeurde").FillAsync("Kevin zet elke avond gemene berichten over mij in de klassenapp.");
        await page.GetByLabel("App of website").FillAsync("WhatsApp");
        await page.GetByText("Kies uit de leerlingenlijst").ClickAsync();
        await page.Locator("summary", new() { HasText = "Klas 5A" }).ClickAsync();
        await page.GetByLabel("Kevin Testpester").CheckAsync();
        await page.GetByLabel("Kies bestanden").SetInputFilesAsync(ExampleMedia.PathOf("foto-zonder-metadata.jpg"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Verstuur melding" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Je meldnummer is" })).ToBeVisibleAsync();
        var number = await page.GetByTestId("meldnummer").InnerTextAsync();
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Mijn meldingen" }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = number })).ToBeVisibleAsync();
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();

        await BrowserFixture.LoginAsync(page, DemoAccounts.Email("teamleider"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Meldingen", Exact = true }).ClickAsync();
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = $"Melding {number}" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("beschrijving")).ToContainTextAsync("gemene berichten");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "foto-zonder-metadata.jpg" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("volgende-stappen")).ToContainTextAsync("Verplicht");
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page);

        await page.GetByLabel("Welke stap").SelectOptionAsync(new SelectOptionValue { Value = "gesprek-leerkracht" });
        await page.GetByLabel("Wie waren erbij").FillAsync("mentor, Kevin");
        await page.GetByLabel("Uitkomst of samenvatting").FillAsync("Kevin ziet in dat het pesten is en biedt excuses aan.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Stap vastleggen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "De stap is vastgelegd" })).ToBeVisibleAsync();

        await page.GetByLabel("Welke stap").SelectOptionAsync(new SelectOptionValue { Value = "berichten-verwijderen" });
        await page.GetByLabel("Uitkomst of samenvatting").FillAsync("Kevin heeft de berichten uit de klassenapp gehaald.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Stap vastleggen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "De stap is vastgelegd" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("gezette-stappen").Locator("li")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByText("Er staat geen verplichte stap meer open.")).ToBeVisibleAsync();
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page);

        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "incident-case.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "Kevin Testpester" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dossier van Kevin Testpester" })).ToBeVisibleAsync();
        var dossier = page.GetByTestId("dossier");
        await Assertions.Expect(dossier).ToContainTextAsync("De leerkracht praat met de leerling over wat er gebeurde");
        await Assertions.Expect(dossier).ToContainTextAsync("biedt excuses aan");
        await Assertions.Expect(dossier).ToContainTextAsync("De leerling haalt de berichten of beelden weg");
        await Assertions.Expect(dossier).ToContainTextAsync("uit de klassenapp gehaald");
        await Assertions.Expect(dossier).ToContainTextAsync("foto-zonder-metadata.jpg");
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page);
    }

    private Task<SchoolPerson> AddPupilAsync(string firstName, string lastName) =>
        fixture.Factory.WithDbAsync(async db =>
        {
            var schoolId = await db.Schools.Where(s => s.Name == DemoOrganisation.FirstSchoolName).Select(s => s.Id).SingleAsync();
            var person = new SchoolPerson { SchoolId = schoolId, Kind = PersonKind.Pupil, FirstName = firstName, LastName = lastName, Group = "5A", BirthDate = new DateOnly(2010, 4, 1) };
            db.People.Add(person);
            await db.SaveChangesAsync();
            return person;
        });
}
