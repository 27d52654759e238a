using System.Net;
using System.Text.RegularExpressions;
using Deelwijs.Web.Demo;

namespace Deelwijs.Web.Tests.Checks;

public sealed partial class CheckPageTests(PagesFixture fixture) : IClassFixture<PagesFixture>
{
    private static async Task<string> PostCheckAsync(HttpClient client, Dictionary<string, string> form, string handler = "")
    {
        form["__RequestVerificationToken"] = await AccountPages.AntiForgeryTokenAsync(client, "/Controleren");
        var response = await client.PostAsync($"/Controleren{handler}", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task WithoutLogin_TheCheckPageSendsYouToTheLoginPage()
    {
        using var client = fixture.Factory.CreateBrowserlikeClient();

        var response = await client.GetAsync("/Controleren");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Inloggen", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Teacher_SeesTheFormWithPlainDutchChoices()
    {
        using var client = await fixture.Factory.LoginAsync(DemoAccounts.Email("leerkracht"));

        var html = await client.GetStringAsync("/Controleren");

        Assert.Contains("Mag dit online?", html, StringComparison.Ordinal);
        Assert.Contains("Mijn eigen account", html, StringComparison.Ordinal);
        Assert.Contains("Functioneel account (groep of project)", html, StringComparison.Ordinal);
        Assert.Contains("Ik schrijf dit tijdens een les", html, StringComparison.Ordinal);
        Assert.Contains("niet bewaard", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Teacher_ChecksAPost_AndSeesTheVerdictTheMarkedWordsAndTheArticles()
    {
        using var client = await fixture.Factory.LoginAsync(DemoAccounts.Email("leerkracht"));

        var html = await PostCheckAsync(client, new()
        {
            ["Input.Text"] = "Bel me op 06-12345678, wat een kutdag",
            ["Input.Channel"] = "private-account",
            ["Input.ReplyTo"] = "",
        });

        Assert.Contains("Uitslag: Mag niet online", html, StringComparison.Ordinal);
        var marks = MarkPattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.Contains("06-12345678", marks);
        Assert.Contains("kutdag", marks);
        Assert.Contains("Telefoonnummer", html, StringComparison.Ordinal);
        Assert.Contains("Artikel 3.1.3 van het protocol: ", html, StringComparison.Ordinal);
        Assert.Contains("Pas toe", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PasToe_RemovesThePhoneNumber_AndChecksTheEditedText()
    {
        using var client = await fixture.Factory.LoginAsync(DemoAccounts.Email("leerkracht"));
        var form = new Dictionary<string, string> { ["Input.Text"] = "Bel me op 06-12345678 vanavond.", ["Input.Channel"] = "school-app" };
        var checkedHtml = await PostCheckAsync(client, new(form));
        var fix = WebUtility.HtmlDecode(FixPattern().Match(checkedHtml).Groups[1].Value);
        Assert.StartsWith("1|personal-data.phone|", fix, StringComparison.Ordinal);

        var html = await PostCheckAsync(client, new(form) { ["fix"] = fix }, "?handler=PasToe");

        Assert.Contains("Bel me op vanavond.</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("Aangepast: haal", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PasToe_ForAnotherText_ChangesNothing()
    {
        using var client = await fixture.Factory.LoginAsync(DemoAccounts.Email("leerkracht"));

        var html = await PostCheckAsync(client, new()
        {
            ["Input.Text"] = "Bel me op 06-12345678 vanavond.",
            ["fix"] = "1|personal-data.email|3",
        }, "?handler=PasToe");

        Assert.Contains("Bel me op 06-12345678 vanavond.</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("Je tekst is veranderd sinds de controle", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmptyText_GivesADutchMessage()
    {
        using var client = await fixture.Factory.LoginAsync(DemoAccounts.Email("leerkracht"));

        var html = await PostCheckAsync(client, new() { ["Input.Text"] = "" });

        Assert.Contains("Vul de tekst van je bericht in.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Uitslag:", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<mark class=\"dw-mark\"><span class=\"dw-visually-hidden\">[^<]*</span>([^<]*)<", RegexOptions.CultureInvariant)]
    private static partial Regex MarkPattern();

    [GeneratedRegex("name=\"fix\" value=\"([^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex FixPattern();
}
