using Microsoft.Playwright;

namespace Deelwijs.Web.Tests.Browser;

/// <summary>Steps on the consent pages that several browser tests take.</summary>
public static class ConsentSteps
{
    /// <summary>
    /// Logs in as a parent and sets one purpose of one child to "nee" on /Beeldtoestemming (the page stays open, logged in).
    /// For a browser test that goes on to check a photo of that child.
    /// </summary>
    public static async Task WithdrawAsync(IPage page, string parentEmail, string childFullName, string childFirstName, string purposeName)
    {
        ArgumentNullException.ThrowIfNull(page);
        await BrowserFixture.LoginAsync(page, parentEmail);
        await page.GotoAsync("/Beeldtoestemming");
        var child = page.GetByRole(AriaRole.Region, new() { Name = childFullName });
        await child.GetByRole(AriaRole.Group, new() { Name = purposeName }).GetByLabel("Nee, dat mag niet").CheckAsync();
        await child.GetByRole(AriaRole.Button, new() { Name = $"Keuzes opslaan voor {childFirstName}" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"De keuzes voor {childFirstName} zijn opgeslagen");
    }
}
