using Deelwijs.Web.Demo;
using Microsoft.Playwright;

namespace Deelwijs.Web.Tests.Browser;

public sealed class CheckPageBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Teacher_ChecksAPostWithAPhoneNumberAndASwearWord_SeesTheMarkedWords_AndAppliesAFix()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, DemoAccounts.Email("leerkracht"));
        await page.GotoAsync("/Controleren");

        await page.GetByLabel("Je bericht").FillAsync("Wat een kutdag vandaag. Vragen? Bel me op 06-12345678.");
        await page.GetByLabel("Mijn eigen account").CheckAsync();
        await page.GetByLabel("Privé").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Controleer" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Uitslag: Mag niet online" })).ToBeVisibleAsync();
        var marked = page.Locator("mark.dw-mark");
        await Assertions.Expect(marked.Filter(new() { HasText = "06-12345678" })).ToHaveCountAsync(1);
        await Assertions.Expect(marked.Filter(new() { HasText = "kutdag" })).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Telefoonnummer" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Uitslag: Mag niet online" })).ToBeFocusedAsync();

        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "check-result.png"), FullPage = true });

        var phone = page.Locator("li.dw-finding").Filter(new() { HasText = "Telefoonnummer" });
        await phone.GetByRole(AriaRole.Button, new() { Name = "Pas toe" }).ClickAsync();

        await Assertions.Expect(page.GetByLabel("Je bericht")).ToHaveValueAsync("Wat een kutdag vandaag. Vragen? Bel me op.");
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Aangepast" })).ToBeVisibleAsync();
        await Assertions.Expect(marked.Filter(new() { HasText = "06-12345678" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task TheCheckForm_WorksWithTheKeyboardAlone()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, DemoAccounts.Email("leerkracht"));
        await page.GotoAsync("/Controleren");

        await page.GetByLabel("Je bericht").FocusAsync();
        await page.Keyboard.TypeAsync("Mail me op sanne@voorbeeld.nl");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(page.GetByLabel("Account van de school")).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Controleer" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "E-mailadres" })).ToBeVisibleAsync();
    }
}
