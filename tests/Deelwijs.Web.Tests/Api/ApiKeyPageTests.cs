using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Deelwijs.Web.Demo;
using Deelwijs.Web.Tests.Checks;

namespace Deelwijs.Web.Tests.Api;

public sealed partial class ApiKeyPageTests(PagesFixture fixture) : IClassFixture<PagesFixture>
{
    private static StringContent Body() => new("""{"text": "Hoi allemaal"}""", Encoding.UTF8, "application/json");

    [Fact]
    public async Task Director_CreatesAKeyThatIsShownOnce_WorksForTheApi_AndCanBeRevoked()
    {
        using var director = await fixture.Factory.LoginAsync(DemoAccounts.Email("directeur"));
        var created = await director.PostAsync("/Beheer/ApiSleutels", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = "Schoolapp",
            ["__RequestVerificationToken"] = await AccountPages.AntiForgeryTokenAsync(director, "/Beheer/ApiSleutels"),
        }));
        var html = await created.Content.ReadAsStringAsync();
        var key = NewKeyPattern().Match(html).Groups[1].Value;
        Assert.StartsWith("dw_", key, StringComparison.Ordinal);
        Assert.DoesNotContain(key, await director.GetStringAsync("/Beheer/ApiSleutels"), StringComparison.Ordinal);

        using var api = fixture.Factory.CreateBrowserlikeClient();
        api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        var result = await (await api.PostAsync("/api/v1/checks", Body())).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ssoe", result.GetProperty("protocol").GetProperty("id").GetString());

        var revokeAction = WebUtility.HtmlDecode(RevokePattern().Match(await director.GetStringAsync("/Beheer/ApiSleutels")).Groups[1].Value);
        var revoked = await director.PostAsync(revokeAction, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await AccountPages.AntiForgeryTokenAsync(director, "/Beheer/ApiSleutels"),
        }));
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Contains("Ingetrokken op", await director.GetStringAsync("/Beheer/ApiSleutels"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.PostAsync("/api/v1/checks", Body())).StatusCode);
    }

    [Fact]
    public async Task ATeacher_MayNotManageKeys()
    {
        using var teacher = await fixture.Factory.LoginAsync(DemoAccounts.Email("leerkracht"));

        var response = await teacher.GetAsync("/Beheer/ApiSleutels");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Sleutel maken", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex("id=\"nieuwe-sleutel\" readonly value=\"([^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex NewKeyPattern();

    [GeneratedRegex("action=\"([^\"]*Intrekken[^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex RevokePattern();
}
