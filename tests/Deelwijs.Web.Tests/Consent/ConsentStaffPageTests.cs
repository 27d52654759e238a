using System.Net;
using Deelwijs.Core.Consent;
using Deelwijs.Data;
using Deelwijs.Web.Consent;
using Deelwijs.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Deelwijs.Web.Tests.Consent;

/// <summary>The consent pages for staff over HTTP: the overview per class, "wie mag op de foto?", renewal, purposes, account links and roster re-imports.</summary>
public sealed class ConsentStaffPageTests : IAsyncLifetime
{
    private readonly DeelwijsWebFactory factory = DeelwijsWebFactory.WithSqlite();

    [Fact]
    public async Task Staff_SeeTheChoicesPerClass_ButNotTheHistory()
    {
        var lotte = await ConsentPages.DemoPersonIdAsync(factory, "Lotte", "Jansen");
        using var teacher = await factory.LoginAsync(DemoAccounts.Email("leerkracht"));
        using var privacyOfficer = await factory.LoginAsync(DemoAccounts.Email("fg"));

        var overview = WebUtility.HtmlDecode(await teacher.GetStringAsync("/Beeldtoestemming/Overzicht?groep=2B"));
        var history = await teacher.GetAsync($"/Beeldtoestemming/Persoon/{lotte}");
        var officerView = WebUtility.HtmlDecode(await privacyOfficer.GetStringAsync($"/Beeldtoestemming/Persoon/{lotte}"));

        Assert.Contains("Lotte Jansen", overview, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Beeldtoestemming/Persoon/{lotte}", overview, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, history.StatusCode);
        Assert.StartsWith("/Account/GeenToegang", history.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains("Geschiedenis", officerView, StringComparison.Ordinal);
        Assert.Contains("Merel Jansen", officerView, StringComparison.Ordinal);
        Assert.Contains("Papieren formulier vastleggen", officerView, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClassPage_ShowsWhoMay_WhoMayNot_AndWhoHasNotAnswered()
    {
        var schoolId = await ConsentTestData.SchoolIdAsync(factory);
        var yes = await ConsentTestData.AddPupilAsync(factory, schoolId, new DateOnly(2014, 1, 1), "9Z", "Wel");
        var no = await ConsentTestData.AddPupilAsync(factory, schoolId, new DateOnly(2014, 1, 1), "9Z", "Niet");
        var none = await ConsentTestData.AddPupilAsync(factory, schoolId, new DateOnly(2014, 1, 1), "9Z", "Geen");
        await ConsentTestData.AddRecordsAsync(factory, schoolId, (yes.Id, ConsentPurposes.Website, true), (no.Id, ConsentPurposes.Website, false), (none.Id, ConsentPurposes.Press, true));
        using var teacher = await factory.LoginAsync(DemoAccounts.Email("leerkracht"));

        var html = await teacher.GetStringAsync("/Beeldtoestemming/Klas?groep=9Z&doel=website");

        Assert.Contains("Wel Testkind", ConsentPages.Section(html, "mag-wel"), StringComparison.Ordinal);
        Assert.Contains("Niet Testkind", ConsentPages.Section(html, "mag-niet"), StringComparison.Ordinal);
        Assert.Contains("Geen Testkind", ConsentPages.Section(html, "geen-antwoord"), StringComparison.Ordinal);
        Assert.Contains("Mag wel op de foto (1)", html, StringComparison.Ordinal);
        Assert.Contains(">Afdrukken<", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync("/Beeldtoestemming/Klas?groep=9Z&doel=bestaat-niet")).StatusCode);
    }

    [Fact]
    public async Task RenewalList_ShowsWhoHasNotAnsweredEveryPurpose_ForTheChosenSchoolYear()
    {
        var schoolId = await ConsentTestData.SchoolIdAsync(factory);
        var all = await ConsentTestData.AddPupilAsync(factory, schoolId, new DateOnly(2014, 1, 1), "9Y", "Alles");
        var some = await ConsentTestData.AddPupilAsync(factory, schoolId, new DateOnly(2014, 1, 1), "9Y", "Deels");
        var nothing = await ConsentTestData.AddPupilAsync(factory, schoolId, new DateOnly(2014, 1, 1), "9Y", "Niets");
        await ConsentTestData.AddRecordsAsync(factory, schoolId, [.. ConsentPurposes.Defaults.Select(p => (all.Id, p.Code, true)),
            .. ConsentPurposes.Defaults.Where(p => p.Code != ConsentPurposes.Press).Select(p => (some.Id, p.Code, false))]);
        using var teacher = await factory.LoginAsync(DemoAccounts.Email("teamleider"));
        var next = SchoolDay.Year(TimeProvider.System).Next;

        var now = WebUtility.HtmlDecode(await teacher.GetStringAsync("/Beeldtoestemming/Vernieuwen"));
        var nextYear = WebUtility.HtmlDecode(await teacher.GetStringAsync($"/Beeldtoestemming/Vernieuwen?schooljaar={next}"));

        Assert.DoesNotContain("Alles Testkind", now, StringComparison.Ordinal);
        Assert.Contains("<td class=\"utrecht-table__cell\">Pers</td>", ConsentPages.Row(now, "Deels Testkind"), StringComparison.Ordinal);
        Assert.Contains("Niets Testkind", now, StringComparison.Ordinal);
        Assert.Contains("Alles Testkind", nextYear, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync("/Beeldtoestemming/Vernieuwen?schooljaar=1999-2000")).StatusCode);
    }

    [Fact]
    public async Task Director_AddsAndSwitchesOffPurposes_ParentsSeeTheChange()
    {
        using var director = await factory.LoginAsync(DemoAccounts.Email("directeur"));
        using var parent = await factory.LoginAsync(DemoAccounts.Email("ouder"));
        var token = await AccountPages.AntiForgeryTokenAsync(director, "/Beheer/Doelen");

        var add = await director.PostAsync("/Beheer/Doelen?handler=Toevoegen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["code"] = "jaarboek",
            ["name"] = "Jaarboek",
            ["explanation"] = "Foto's in het jaarboek dat alle leerlingen van de examenklas krijgen.",
            ["__RequestVerificationToken"] = token,
        }));
        var off = await director.PostAsync("/Beheer/Doelen?handler=Bewaren", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["code"] = ConsentPurposes.Press,
            ["name"] = "Pers",
            ["explanation"] = "Foto's in de krant.",
            ["__RequestVerificationToken"] = token,
        }));
        var badCode = await director.PostAsync("/Beheer/Doelen?handler=Toevoegen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["code"] = "Mijn Doel!",
            ["name"] = "Iets",
            ["explanation"] = "Uitleg.",
            ["__RequestVerificationToken"] = token,
        }));
        var page = WebUtility.HtmlDecode(await parent.GetStringAsync("/Beeldtoestemming"));

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.BadRequest), (add.StatusCode, off.StatusCode, badCode.StatusCode));
        Assert.Contains("Foto's in het jaarboek", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"keuze[pers]\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await parent.GetAsync("/Beheer/Doelen")).StatusCode);
    }

    [Fact]
    public async Task Office_LinksAParentToAChild_ThenTheParentSeesThatChild_UntilUnlinked()
    {
        var schoolId = await ConsentTestData.SchoolIdAsync(factory);
        var child = await ConsentTestData.AddPupilAsync(factory, schoolId, new DateOnly(2016, 4, 4), "1A", "Gekoppeld");
        using var director = await factory.LoginAsync(DemoAccounts.Email("directeur"));
        using var parent = await factory.LoginAsync(DemoAccounts.Email("ouder"));
        var path = $"/Beeldtoestemming/Koppelen/{child.Id}";
        var token = await AccountPages.AntiForgeryTokenAsync(director, path);

        var otherSchoolsParent = await director.PostAsync($"{path}?handler=Koppelen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = DemoAccounts.Email("ouder.regenboog"),
            ["ouder"] = "true",
            ["__RequestVerificationToken"] = token,
        }));
        var link = await director.PostAsync($"{path}?handler=Koppelen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = DemoAccounts.Email("ouder").ToUpperInvariant(),
            ["ouder"] = "true",
            ["__RequestVerificationToken"] = token,
        }));
        var linked = await parent.GetStringAsync("/Beeldtoestemming");
        var unlink = await director.PostAsync($"{path}?handler=Ontkoppelen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userId"] = await ConsentTestData.UserIdAsync(factory, "ouder"),
            ["__RequestVerificationToken"] = token,
        }));
        var unlinked = await parent.GetStringAsync("/Beeldtoestemming");

        Assert.Equal(HttpStatusCode.BadRequest, otherSchoolsParent.StatusCode);
        Assert.Contains("geen account met dit e-mailadres op deze school", WebUtility.HtmlDecode(await otherSchoolsParent.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (link.StatusCode, unlink.StatusCode));
        Assert.Contains("Gekoppeld Testkind (1A)", linked, StringComparison.Ordinal);
        Assert.DoesNotContain("Gekoppeld Testkind", unlinked, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await parent.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task RosterReimport_ThroughThePage_SaysWhoStays_AndKeepsTheirConsents()
    {
        var finn = await factory.WithDbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.FirstName == "Finn" && p.LastName == "Bos" && p.Number == null));
        var consents = await factory.WithDbAsync(db => db.ConsentRecords.CountAsync(r => r.PersonId == finn.Id));
        using var director = await factory.LoginAsync(DemoAccounts.Email("directeur.regenboog"));
        var csv = $"soort;voornaam;achternaam;geboortedatum;groep\nleerling;Finn;Bos;{finn.BirthDate:yyyy-MM-dd};8B\nleerling;Nieuw;Kind;2019-05-05;1A\n";
        var token = await AccountPages.AntiForgeryTokenAsync(director, "/Leerlingenlijst/Inlezen");
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "file", "leerlingen.csv" },
            { new StringContent(token), "__RequestVerificationToken" },
        };

        var preview = WebUtility.HtmlDecode(await (await director.PostAsync("/Leerlingenlijst/Inlezen?handler=Preview", form)).Content.ReadAsStringAsync());
        var content = System.Text.RegularExpressions.Regex.Match(preview, "name=\"content\" value=\"([^\"]+)\"").Groups[1].Value;
        var import = await director.PostAsync("/Leerlingenlijst/Inlezen?handler=Import", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["content"] = content,
            ["fileName"] = "leerlingen.csv",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Contains("1 blijven op de lijst (met hun toestemmingen), 1 komen erbij", preview, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, import.StatusCode);
        var after = await factory.WithDbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == finn.Id));
        Assert.Equal("8B", after.Group);
        Assert.True(consents > 0);
        Assert.Equal(consents, await factory.WithDbAsync(db => db.ConsentRecords.CountAsync(r => r.PersonId == finn.Id)));
        using var parent = await factory.LoginAsync(DemoAccounts.Email("ouder.regenboog"));
        var page = await parent.GetStringAsync("/Beeldtoestemming");
        Assert.Contains("Finn Bos (8B)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Mila Bos", page, StringComparison.Ordinal);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();
}
