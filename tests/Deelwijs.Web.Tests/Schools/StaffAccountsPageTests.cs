using System.Net;
using System.Net.Http;
using System.Text.RegularExpressions;
using Deelwijs.Web.Demo;

namespace Deelwijs.Web.Tests.Schools;

public sealed partial class StaffAccountsPageTests
{
    [Fact]
    public async Task A_director_adds_a_teacher_who_logs_in_with_the_one_time_password_and_replaces_it()
    {
        await using var factory = DeelwijsWebFactory.WithSqlite();
        using var director = await factory.LoginAsync(DemoAccounts.Email("directeur"));

        var html = await (await director.PostAsync("/Beheer/Medewerkers", Form(await Token(director, "/Beheer/Medewerkers"), new()
        {
            ["DisplayName"] = "Karin Brouwer",
            ["Email"] = "karin.brouwer@voorbeeld.nl",
            ["Role"] = "Manager",
            ["Function"] = "teamleider bovenbouw",
        }))).Content.ReadAsStringAsync();

        var password = WebUtility.HtmlDecode(PasswordPattern().Match(html).Groups[1].Value);
        Assert.True(password.Length >= 12, html);
        Assert.Contains("Karin Brouwer is toegevoegd als teamleider", html, StringComparison.Ordinal);
        using var karin = await factory.LoginAsync("karin.brouwer@voorbeeld.nl", password);
        Assert.Equal(HttpStatusCode.OK, (await karin.GetAsync("/Toestemming")).StatusCode);

        var changed = await (await karin.PostAsync("/Account/Wachtwoord", Form(await Token(karin, "/Account/Wachtwoord"), new()
        {
            ["Current"] = password,
            ["New"] = "Mijn-eigen-wachtwoord-42",
            ["Repeat"] = "Mijn-eigen-wachtwoord-42",
        }))).Content.ReadAsStringAsync();
        Assert.Contains("Je wachtwoord is gewijzigd", changed, StringComparison.Ordinal);
        using var again = await factory.LoginAsync("karin.brouwer@voorbeeld.nl", "Mijn-eigen-wachtwoord-42");
    }

    [Fact]
    public async Task An_ended_role_no_longer_gives_access()
    {
        await using var factory = DeelwijsWebFactory.WithSqlite();
        using var director = await factory.LoginAsync(DemoAccounts.Email("directeur"));
        var page = await director.GetStringAsync("/Beheer/Medewerkers");
        var row = RowPattern().Matches(page).First(m => m.Groups[1].Value.StartsWith("communicatie@", StringComparison.Ordinal));
        var action = WebUtility.HtmlDecode(row.Groups[2].Value);

        var ended = await director.PostAsync(action, Form(await Token(director, "/Beheer/Medewerkers"), []));

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.DoesNotContain("communicatie@demo.deelwijs.nl", await director.GetStringAsync("/Beheer/Medewerkers"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_teacher_may_not_manage_people()
    {
        await using var factory = DeelwijsWebFactory.WithSqlite();
        using var teacher = await factory.LoginAsync(DemoAccounts.Email("leerkracht"));

        Assert.NotEqual(HttpStatusCode.OK, (await teacher.GetAsync("/Beheer/Medewerkers")).StatusCode);
    }

    private static Task<string> Token(HttpClient client, string path) => AccountPages.AntiForgeryTokenAsync(client, path);

    private static FormUrlEncodedContent Form(string token, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = token;
        return new FormUrlEncodedContent(fields);
    }

    [GeneratedRegex("id=\"nieuw-wachtwoord\" readonly value=\"([^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex PasswordPattern();

    // One table row: the e-mail cell, then the end-role form's action.
    [GeneratedRegex("<td class=\"utrecht-table__cell\">([^<]*@[^<]*)</td>(?s:.*?)action=\"([^\"]*Beeindigen[^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex RowPattern();
}
