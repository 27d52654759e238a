using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Deelwijs.Web.Demo;
using Deelwijs.Web.Schools;
using Microsoft.EntityFrameworkCore;

namespace Deelwijs.Web.Tests.Schools;

/// <summary>One school never sees or changes another school's data through the pages; a board sees its schools.</summary>
public sealed class SchoolIsolationTests : IAsyncLifetime
{
    private readonly DeelwijsWebFactory factory = DeelwijsWebFactory.WithSqlite();

    [Fact]
    public async Task Roster_ShowsOnlyTheUsersOwnSchool()
    {
        var (firstOnly, secondOnly) = await DistinctNamesAsync();
        using var first = await factory.LoginAsync(DemoAccounts.Email("leerkracht"));
        using var second = await factory.LoginAsync(DemoAccounts.Email("leerkracht.regenboog"));

        var firstPage = await first.GetStringAsync("/Leerlingenlijst");
        var secondPage = await second.GetStringAsync("/Leerlingenlijst");

        Assert.Contains(firstOnly, firstPage, StringComparison.Ordinal);
        Assert.DoesNotContain(secondOnly, firstPage, StringComparison.Ordinal);
        Assert.Contains(secondOnly, secondPage, StringComparison.Ordinal);
        Assert.DoesNotContain(firstOnly, secondPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChoosingAnotherSchoolsId_IsNotFound_AndTheCookieIsIgnored()
    {
        var secondId = await factory.WithDbAsync(db => db.Schools.Where(s => s.Name == DemoOrganisation.SecondSchoolName).Select(s => s.Id).SingleAsync());
        var (_, secondOnly) = await DistinctNamesAsync();
        using var client = await factory.LoginAsync(DemoAccounts.Email("directeur"));
        var token = await AccountPages.AntiForgeryTokenAsync(client, "/");

        var choose = await client.PostAsync("/?handler=School", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["schoolId"] = secondId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["__RequestVerificationToken"] = token,
        }));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Leerlingenlijst");
        request.Headers.Add("Cookie", $"{CurrentSchool.SelectionCookie}={secondId}");
        var roster = await (await client.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, choose.StatusCode);
        Assert.DoesNotContain(secondOnly, roster, StringComparison.Ordinal);
        Assert.Contains(DemoOrganisation.FirstSchoolName, roster, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Board_SeesBothSchools_AndCanSwitch()
    {
        var secondId = await factory.WithDbAsync(db => db.Schools.Where(s => s.Name == DemoOrganisation.SecondSchoolName).Select(s => s.Id).SingleAsync());
        var (_, secondOnly) = await DistinctNamesAsync();
        using var client = await factory.LoginAsync(DemoAccounts.Email("bestuur"));
        var start = await client.GetStringAsync("/");
        var token = await AccountPages.AntiForgeryTokenAsync(client, "/");

        var choose = await client.PostAsync("/?handler=School", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["schoolId"] = secondId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["__RequestVerificationToken"] = token,
        }));
        var roster = await client.GetStringAsync("/Leerlingenlijst");

        Assert.Contains(DemoOrganisation.SecondSchoolName, start, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, choose.StatusCode);
        Assert.Contains(secondOnly, roster, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("leerkracht", "/Leerlingenlijst/Inlezen")]
    [InlineData("teamleider", "/Leerlingenlijst/Inlezen")]
    [InlineData("ouder", "/Leerlingenlijst")]
    [InlineData("leerling", "/Leerlingenlijst")]
    public async Task Pages_AreClosedToRolesTheyAreNotFor(string account, string path)
    {
        using var client = await factory.LoginAsync(DemoAccounts.Email(account));

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/GeenToegang", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(response.Headers.Location)).StatusCode);
    }

    [Fact]
    public async Task RosterImport_PreviewsProblemsPerLine_AndChangesNothing()
    {
        using var client = await factory.LoginAsync(DemoAccounts.Email("directeur"));
        var before = await factory.WithDbAsync(db => db.People.CountAsync());

        var response = await UploadAsync(client, "soort;voornaam;achternaam\nleerling;Sanne;Berg\nkat;Tom;\n");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Contains("regel 3, kolom 'soort'", html, StringComparison.Ordinal);
        Assert.Contains("regel 3, kolom 'achternaam'", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Vervang de lijst", html, StringComparison.Ordinal);
        Assert.Equal(before, await factory.WithDbAsync(db => db.People.CountAsync()));
    }

    [Fact]
    public async Task RosterImport_AfterPreview_ReplacesOnlyTheDirectorsSchool()
    {
        using var client = await factory.LoginAsync(DemoAccounts.Email("directeur.regenboog"));
        var firstBefore = await factory.WithDbAsync(db => db.People.CountAsync(p => p.School!.Name == DemoOrganisation.FirstSchoolName));

        var preview = await UploadAsync(client, "soort;voornaam;tussenvoegsel;achternaam;groep\nleerling;Sanne;van der;Berg;6B\nmedewerker;Peter;de;Vries;\n");
        var html = await preview.Content.ReadAsStringAsync();
        var content = System.Text.RegularExpressions.Regex.Match(html, "name=\"content\" value=\"([^\"]+)\"").Groups[1].Value;
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var import = await client.PostAsync("/Leerlingenlijst/Inlezen?handler=Import", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["content"] = content,
            ["fileName"] = "leerlingen.csv",
            ["__RequestVerificationToken"] = token,
        }));
        var roster = await client.GetStringAsync("/Leerlingenlijst");

        Assert.Equal(HttpStatusCode.Redirect, import.StatusCode);
        Assert.Contains("er staan nu 2 mensen op", roster, StringComparison.Ordinal);
        Assert.Contains("Sanne van der Berg", roster, StringComparison.Ordinal);
        Assert.Equal(2, await factory.WithDbAsync(db => db.People.CountAsync(p => p.School!.Name == DemoOrganisation.SecondSchoolName)));
        Assert.Equal(firstBefore, await factory.WithDbAsync(db => db.People.CountAsync(p => p.School!.Name == DemoOrganisation.FirstSchoolName)));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string csv)
    {
        var token = await AccountPages.AntiForgeryTokenAsync(client, "/Leerlingenlijst/Inlezen");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "leerlingen.csv");
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.PostAsync("/Leerlingenlijst/Inlezen?handler=Preview", form);
    }

    /// <summary>A full name only on the first school's roster, and one only on the second's.</summary>
    private async Task<(string FirstOnly, string SecondOnly)> DistinctNamesAsync()
    {
        var people = await factory.WithDbAsync(db => db.People.Select(p => new { School = p.School!.Name, p.FirstName, p.Tussenvoegsel, p.LastName }).ToListAsync());
        var named = people.Select(p => (p.School, Name: string.IsNullOrEmpty(p.Tussenvoegsel) ? $"{p.FirstName} {p.LastName}" : $"{p.FirstName} {p.Tussenvoegsel} {p.LastName}")).ToList();
        var first = named.Where(p => p.School == DemoOrganisation.FirstSchoolName).Select(p => p.Name).ToHashSet();
        var second = named.Where(p => p.School == DemoOrganisation.SecondSchoolName).Select(p => p.Name).ToHashSet();
        return (first.Except(second).Order(StringComparer.Ordinal).First(), second.Except(first).Order(StringComparer.Ordinal).First());
    }
}
