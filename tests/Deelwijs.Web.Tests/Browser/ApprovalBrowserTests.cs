using Deelwijs.Web.Demo;
using Microsoft.Playwright;

namespace Deelwijs.Web.Tests.Browser;

public sealed class ApprovalBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Teacher_AsksApproval_AndTheManagerApprovesIt()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, DemoAccounts.Email("leerkracht"));
        await page.GotoAsync("/Controleren");
        await page.GetByLabel("Je bericht").FillAsync("In de les maken we een vlog. Vragen? Bel me op 06-12345678.");
        await page.GetByLabel("Schoolapp").CheckAsync();
        await page.GetByLabel("Ik schrijf dit tijdens een les").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Controleer" }).ClickAsync();
        await Assertions.Expect(page.Locator("mark.dw-mark").Filter(new() { HasText = "06-12345678" })).ToHaveCountAsync(1);

        await Assertions.Expect(page.GetByLabel("Je leidinggevende (teamleider)")).ToBeCheckedAsync();
        await page.GetByLabel("Je vraag of toelichting (niet verplicht)").FillAsync("Mag dit in de schoolapp?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vraag toestemming" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Je verzoek is verstuurd" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();

        await BrowserFixture.LoginAsync(page, DemoAccounts.Email("teamleider"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Toestemming", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Verzoeken om toestemming" })).ToBeVisibleAsync();
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Sanne de Vries" }).First.ClickAsync();
        await Assertions.Expect(page.Locator("mark.dw-mark").Filter(new() { HasText = "06-12345678" })).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByText("Mag dit in de schoolapp?")).ToBeVisibleAsync();
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page);

        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "approval-request.png"), FullPage = true });

        await page.GetByLabel("Opmerking voor de schrijver").FillAsync("Akkoord, zonder telefoonnummer.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Goedkeuren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Je besluit is opgeslagen" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Stand: Goedgekeurd")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Goedkeuren" })).ToHaveCountAsync(0);
    }
}
