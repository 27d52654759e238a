using System.Text;
using System.Text.RegularExpressions;
using Deelwijs.Core.Consent;
using Deelwijs.Core.Rosters;
using Deelwijs.Data;
using Deelwijs.Web.Consent;
using Deelwijs.Web.Demo;
using Deelwijs.Web.Tests.Consent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Deelwijs.Web.Tests.Browser;

/// <summary>The image-consent pages in a real browser: accessible, a parent's choice saved with the keyboard-friendly form, and the class sheet on one A4 page.</summary>
public sealed partial class ConsentPagesBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("ouder", "/Beeldtoestemming")]
    [InlineData("leerling", "/Beeldtoestemming")]
    [InlineData("leerling.onderbouw", "/Beeldtoestemming")]
    [InlineData("leerkracht", "/Beeldtoestemming/Overzicht?groep=2B")]
    [InlineData("leerkracht", "/Beeldtoestemming/Klas?groep=2B&doel=website")]
    [InlineData("teamleider", "/Beeldtoestemming/Vernieuwen")]
    [InlineData("stafbureau", "/Beeldtoestemming/Inlezen")]
    [InlineData("directeur", "/Beheer/Doelen")]
    public async Task ConsentPage_HasNoSeriousAccessibilityProblems(string account, string path)
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, DemoAccounts.Email(account));
        await page.GotoAsync(path);

        await AccessibilityTests.AssertNoSeriousViolationsAsync(page);
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        var name = $"{account}{path.Split('?')[0].Replace('/', '-')}".ToLowerInvariant();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"{name}.png"), FullPage = true });
    }

    [Fact]
    public async Task PersonAndLinkPages_ForThePrivacyOfficer_HaveNoSeriousAccessibilityProblems()
    {
        var lotte = await ConsentPages.DemoPersonIdAsync(fixture.Factory, "Lotte", "Jansen");
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, DemoAccounts.Email("fg"));
        await page.GotoAsync($"/Beeldtoestemming/Persoon/{lotte}");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Geschiedenis" })).ToBeVisibleAsync();
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Accounts van Lotte Jansen en ouders koppelen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Merel Jansen", Exact = true })).ToBeVisibleAsync();
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task Parent_WithdrawsConsent_AndSeesItTakesEffectAtOnce()
    {
        var page = await fixture.NewPageAsync();

        await ConsentSteps.WithdrawAsync(page, DemoAccounts.Email("ouder"), "Lotte Jansen", "Lotte", "Website");

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Een 'nee' gaat direct in");
        var child = page.GetByRole(AriaRole.Region, new() { Name = "Lotte Jansen" });
        await Assertions.Expect(child.GetByRole(AriaRole.Group, new() { Name = "Website" }).GetByLabel("Nee, dat mag niet")).ToBeCheckedAsync();
        await AccessibilityTests.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task ClassSheet_PrintsOnOneA4Page_WithoutTheNavigation()
    {
        const string group = "4P";
        await AddClassAsync(group, 36);
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LoginAsync(page, DemoAccounts.Email("leerkracht"));
        await page.GotoAsync($"/Beeldtoestemming/Klas?groep={group}&doel={ConsentPurposes.SocialMedia}");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Afdrukken" })).ToBeVisibleAsync();

        await page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" })).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Afdrukken" })).ToBeHiddenAsync();
        var pdf = await page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true });

        Assert.Single(PdfPage().Matches(Encoding.Latin1.GetString(pdf)));
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "wie-mag-op-de-foto-print.png"), FullPage = true });
    }

    private Task<int> AddClassAsync(string group, int size) =>
        fixture.Factory.WithDbAsync(async db =>
        {
            var schoolId = await db.Schools.Where(s => s.Name == DemoOrganisation.FirstSchoolName).Select(s => s.Id).SingleAsync();
            var roster = SyntheticRoster.Generate(size * 2, seed: 77).People.Where(p => p.Kind == PersonKind.Pupil).Take(size);
            var people = roster.Select(p => SchoolPerson.From(schoolId, p with { Group = group, Number = null })).ToList();
            db.People.AddRange(people);
            await db.SaveChangesAsync();
            var today = SchoolDay.Today(TimeProvider.System);
            db.ConsentRecords.AddRange(people.Where((_, i) => i % 3 != 0).Select((p, i) => new ConsentRecord
            {
                SchoolId = schoolId,
                PersonId = p.Id,
                Purpose = ConsentPurposes.SocialMedia,
                Granted = i % 2 == 0,
                SchoolYear = SchoolYear.Of(today),
                GivenOn = today,
                GivenBy = ConsentRules.WhoDecides(p.ToPerson(), today),
                Method = ConsentMethod.Import,
                RecordedAt = DateTimeOffset.UnixEpoch,
            }));
            return await db.SaveChangesAsync();
        });

    [GeneratedRegex(@"/Type\s*/Page\b(?!s)", RegexOptions.CultureInvariant)]
    private static partial Regex PdfPage();
}
