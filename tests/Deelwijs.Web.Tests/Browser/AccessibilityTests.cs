using Deelwijs.Core.Incidents;
using Deelwijs.Web.Demo;
using Deelwijs.Web.Incidents;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Deelwijs.Web.Tests.Browser;

/// <summary>axe-core, injected into the real page, finds no serious or critical accessibility problem on the main pages.</summary>
public sealed class AccessibilityTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    internal static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        var serious = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
        Assert.True(serious.Count == 0, $"{page.Url}:{Environment.NewLine}{string.Join(Environment.NewLine, serious)}");
    }

    [Fact]
    public async Task LoginPage()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/Account/Inloggen");

        await AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task CheckPage_WithAResult()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, DemoAccounts.Email("leerkracht"));
        await page.GotoAsync("/Controleren");
        await AssertNoSeriousViolationsAsync(page);

        await page.GetByLabel("Je bericht").FillAsync("Wat een kutschool is Noorderlicht. Bel 06-12345678.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Controleer" }).ClickAsync();
        await Assertions.Expect(page.Locator("mark.dw-mark").First).ToBeVisibleAsync();

        await AssertNoSeriousViolationsAsync(page);
    }

    [Theory]
    [InlineData("medewerkers")]
    [InlineData("ouders")]
    [InlineData("leerlingen")]
    public async Task ProtocolPage(string audience)
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, DemoAccounts.Email("leerkracht"));
        await page.GotoAsync($"/Protocol/{audience}");

        await AssertNoSeriousViolationsAsync(page);
    }

    [Theory]
    [InlineData("/Beheer/Protocol")]
    [InlineData("/Beheer/Medewerkers")]
    [InlineData("/Beheer/ApiSleutels")]
    [InlineData("/Beheer/Brieven")]
    [InlineData("/Beheer/Brieven/suspension-parents")]
    public async Task DirectorPage(string path)
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, DemoAccounts.Email("directeur"));
        await page.GotoAsync(path);

        await AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task LetterPages_OfACase()
    {
        var schoolId = await fixture.Factory.WithDbAsync(db => db.Schools.Where(s => s.Name == DemoOrganisation.FirstSchoolName).Select(s => s.Id).SingleAsync());
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var receipt = await scope.ServiceProvider.GetRequiredService<IncidentReporting>().ReportAsync(schoolId, new Actor(null, "Melder"), null,
            new IncidentReport(IncidentCategory.Cyberbullying, "Gemene berichten in de klassenapp.", null, null, [], [], [], false, []));
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, DemoAccounts.Email("teamleider"));
        await page.GotoAsync($"/Meldingen/Brief/{receipt.Id}");
        await AssertNoSeriousViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Uitnodiging voor een gesprek (leerling en ouders)" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("De dag en het tijdstip van het gesprek")).ToBeVisibleAsync();

        await AssertNoSeriousViolationsAsync(page);
    }
}
