using Deelwijs.Web.Demo;
using Deelwijs.Web.Tests.Checks;
using Microsoft.Playwright;

namespace Deelwijs.Web.Tests.Browser;

public sealed class ConsentBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Child = "Lotte Jansen";

    [Fact]
    public async Task A_parent_withdraws_consent_and_the_teachers_check_of_a_photo_of_that_child_then_says_no()
    {
        var page = await fixture.NewPageAsync();

        await SetSocialMediaChoiceAsync(page, "Ja, dat mag");
        var allowed = await CheckPhotoOfChildAsync(page);
        await Assertions.Expect(allowed.GetByText($"Voor {Child}")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();

        await SetSocialMediaChoiceAsync(page, "Nee, dat mag niet");
        var refused = await CheckPhotoOfChildAsync(page);
        await Assertions.Expect(refused.GetByRole(AriaRole.Heading, new() { Name = "Uitslag: Mag niet online" })).ToBeVisibleAsync();
        await Assertions.Expect(refused.GetByText($"Voor {Child} is geen toestemming gegeven voor beeld op 'Sociale media van de school'")).ToBeVisibleAsync();
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page);
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "check-photo-without-consent.png"), FullPage = true });
    }

    private static async Task SetSocialMediaChoiceAsync(IPage page, string answer)
    {
        await BrowserFixture.LoginAsync(page, DemoAccounts.Email("ouder"));
        await page.GotoAsync("/Beeldtoestemming");
        var child = page.GetByRole(AriaRole.Region, new() { Name = Child });
        await child.GetByRole(AriaRole.Group, new() { Name = "Sociale media van de school" }).GetByLabel(answer).CheckAsync();
        await child.GetByRole(AriaRole.Button, new() { Name = "Keuzes opslaan voor Lotte" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();
    }

    /// <summary>The teacher checks a post for the school account with a photo, saying Lotte is on it; returns the result section (still logged in).</summary>
    private static async Task<ILocator> CheckPhotoOfChildAsync(IPage page)
    {
        await BrowserFixture.LoginAsync(page, DemoAccounts.Email("leerkracht"));
        await page.GotoAsync("/Controleren");
        await page.GetByLabel("Je bericht").FillAsync("Wat een mooie sportdag vandaag!");
        await page.GetByLabel("Account van de school").CheckAsync();
        await page.GetByLabel("Kies bestanden").SetInputFilesAsync(ExampleMedia.PathOf("foto-zonder-metadata.jpg"));
        await page.Locator("details.dw-people--all > summary").ClickAsync();
        await page.Locator("details.dw-people", new() { Has = page.GetByLabel(Child) }).Last.Locator("summary").ClickAsync();
        await page.GetByLabel(Child).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Controleer" }).ClickAsync();
        var result = page.Locator("section.dw-result");
        await Assertions.Expect(result).ToBeVisibleAsync();
        return result;
    }
}
