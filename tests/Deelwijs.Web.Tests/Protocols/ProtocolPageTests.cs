using System.Net;
using Deelwijs.Web.Demo;
using Deelwijs.Web.Tests.Checks;

namespace Deelwijs.Web.Tests.Protocols;

public sealed class ProtocolPageTests(PagesFixture fixture) : IClassFixture<PagesFixture>
{
    [Theory]
    [InlineData("medewerkers", "Afspraken voor medewerkers")]
    [InlineData("ouders", "Afspraken voor ouders")]
    [InlineData("leerlingen", "Afspraken voor leerlingen")]
    public async Task EachAudience_HasItsOwnPage_WithHowDeelwijsEnforcesEachArticle(string audience, string heading)
    {
        using var client = await fixture.Factory.LoginAsync(DemoAccounts.Email("leerkracht"));

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/Protocol/{audience}"));

        Assert.Contains("Protocol sociale media SSOE", html, StringComparison.Ordinal);
        Assert.Contains(heading, html, StringComparison.Ordinal);
        Assert.Contains("Versie", html, StringComparison.Ordinal);
        Assert.Contains("21 maart 2023", html, StringComparison.Ordinal);
        Assert.Contains("12 juni 2024", html, StringComparison.Ordinal);
        Assert.Contains("Artikel 1.1", html, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffPage_NamesControleWerkwijzeAndRichtlijn()
    {
        using var client = await fixture.Factory.LoginAsync(DemoAccounts.Email("leerkracht"));

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/Protocol/medewerkers"));

        Assert.Contains("Controle:</strong> Deelwijs controleert dit", html, StringComparison.Ordinal);
        Assert.Contains("Werkwijze:</strong>", html, StringComparison.Ordinal);
        Assert.Contains("Richtlijn:</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASchoolSeesItsOwnProtocol_AndAParentStartsOnTheParentsPage()
    {
        using var regenboog = await fixture.Factory.LoginAsync(DemoAccounts.Email("leerkracht.regenboog"));
        using var parent = await fixture.Factory.LoginAsync(DemoAccounts.Email("ouder"));

        var regenboogHtml = await regenboog.GetStringAsync("/Protocol");
        var parentHtml = await parent.GetStringAsync("/Protocol");

        Assert.Contains("Basisschool De Regenboog", regenboogHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Protocol sociale media SSOE", regenboogHtml, StringComparison.Ordinal);
        Assert.Contains("Afspraken voor ouders", parentHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownAudience_Is404()
    {
        using var client = await fixture.Factory.LoginAsync(DemoAccounts.Email("leerkracht"));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Protocol/iedereen")).StatusCode);
    }
}
