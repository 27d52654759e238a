using System.Net;
using System.Text;
using Deelwijs.Core.Consent;
using Deelwijs.Web.Consent;
using Deelwijs.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace Deelwijs.Web.Tests.Consent;

/// <summary>Importing consent files (preview, per-line problems, all or nothing) and exporting them in the same format.</summary>
public sealed class ConsentTransferTests : IAsyncLifetime
{
    private readonly DeelwijsWebFactory factory = DeelwijsWebFactory.WithSqlite();

    [Fact]
    public async Task Import_WithBrokenLines_NamesEveryProblemByLineAndColumn_AndWritesNothing()
    {
        var schoolId = await ConsentTestData.SchoolIdAsync(factory);
        var young = await ConsentTestData.AddPupilAsync(factory, schoolId, new DateOnly(2015, 1, 1), firstName: "Jonkie", number: "880001");
        using var office = await factory.LoginAsync(DemoAccounts.Email("stafbureau"));
        var before = await factory.WithDbAsync(db => db.ConsentRecords.CountAsync());

        var response = await ConsentPages.PreviewAsync(office, $"""
            nummer;doel;toestemming;datum;gegeven_door
            880001;website;ja;2026-09-01;ouder
            880001;fotoboek;ja;2026-09-01;ouder
            880001;website;misschien;31-02-2026;ouder
            999999;website;ja;2026-09-01;ouder
            880001;pers;nee;2026-09-01;leerling
            """);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Contains("regel 3, kolom 'doel': 'fotoboek' is geen doel van deze school", html, StringComparison.Ordinal);
        Assert.Contains("regel 4, kolom 'toestemming'", html, StringComparison.Ordinal);
        Assert.Contains("regel 4, kolom 'datum'", html, StringComparison.Ordinal);
        Assert.Contains("regel 5, kolom 'nummer': nummer 999999 staat niet in de leerlingenlijst", html, StringComparison.Ordinal);
        Assert.Contains($"regel 6, kolom 'gegeven_door': {young.FirstName} Testkind was op 01-09-2026 jonger dan 16", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Lees deze", html, StringComparison.Ordinal);
        Assert.Equal(before, await factory.WithDbAsync(db => db.ConsentRecords.CountAsync()));
    }

    [Fact]
    public async Task Import_OfAValidFile_RecordsEveryLineAsAnImport_AndSkipsWhatIsAlreadyThere()
    {
        var schoolId = await ConsentTestData.SchoolIdAsync(factory);
        var pupil = await ConsentTestData.AddPupilAsync(factory, schoolId, new DateOnly(2015, 1, 1), "4D", "Importkind", "de Wit");
        var file = Encoding.UTF8.GetBytes($"""
            voornaam,tussenvoegsel,achternaam,doel,toestemming,datum,gegeven_door
            Importkind,,de Wit,website,ja,01-09-2026,ouder
            importkind,,De Wit,sociale-media,nee,2026-09-01,ouder
            """);
        using var director = await factory.LoginAsync(DemoAccounts.Email("directeur"));

        var first = await ConsentPages.ImportAsync(director, file);
        var again = await ConsentPages.ImportAsync(director, file);
        var page = WebUtility.HtmlDecode(await director.GetStringAsync("/Beeldtoestemming/Inlezen"));

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (first.StatusCode, again.StatusCode));
        Assert.Contains("0 nieuwe keuze(s), 2 stonden er al in", page, StringComparison.Ordinal);
        var records = await factory.WithDbAsync(db => db.ConsentRecords.Where(r => r.PersonId == pupil.Id).OrderBy(r => r.Purpose).ToListAsync());
        Assert.Equal([(ConsentPurposes.SocialMedia, false), (ConsentPurposes.Website, true)], records.Select(r => (r.Purpose, r.Granted)));
        Assert.All(records, r => Assert.Equal((ConsentMethod.Import, new SchoolYear(2026), new DateOnly(2026, 9, 1)), (r.Method, r.SchoolYear, r.GivenOn)));
    }

    [Fact]
    public async Task Export_RoundTripsThroughImport()
    {
        var schoolId = await ConsentTestData.SchoolIdAsync(factory);
        using var director = await factory.LoginAsync(DemoAccounts.Email("directeur"));
        var exported = await ConsentPages.ExportAsync(director);
        var before = await CurrentAsync(schoolId);
        Assert.True(before.Count > 100, "The demo has choices to export.");

        await factory.WithDbAsync(db => db.ConsentRecords.Where(r => r.SchoolId == schoolId).ExecuteDeleteAsync());
        var import = await ConsentPages.ImportAsync(director, exported);
        var again = await ConsentPages.ExportAsync(director);

        Assert.Equal(HttpStatusCode.Redirect, import.StatusCode);
        Assert.Equal(before, await CurrentAsync(schoolId));
        Assert.Equal(Encoding.UTF8.GetString(exported), Encoding.UTF8.GetString(again));
        Assert.StartsWith("\uFEFFnummer;voornaam;tussenvoegsel;achternaam;doel;toestemming;datum;gegeven_door;schooljaar", Encoding.UTF8.GetString(exported), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAndExport_AreForTheOfficeDirectorAndPrivacyOfficerOnly()
    {
        using var teacher = await factory.LoginAsync(DemoAccounts.Email("leerkracht"));
        using var parent = await factory.LoginAsync(DemoAccounts.Email("ouder"));
        using var privacyOfficer = await factory.LoginAsync(DemoAccounts.Email("fg"));

        Assert.Equal(HttpStatusCode.Redirect, (await teacher.GetAsync("/Beeldtoestemming/Inlezen?handler=Export")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await parent.GetAsync("/Beeldtoestemming/Inlezen")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await privacyOfficer.GetAsync("/Beeldtoestemming/Inlezen?handler=Export")).StatusCode);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private Task<List<(int, string, bool, DateOnly, ConsentGiver)>> CurrentAsync(int schoolId) =>
        factory.WithDbAsync(async db =>
        {
            var records = await db.ConsentRecords.AsNoTracking().Where(r => r.SchoolId == schoolId).OrderBy(r => r.GivenOn).ThenBy(r => r.Id).ToListAsync();
            return records.GroupBy(r => (r.PersonId, r.Purpose, r.SchoolYear)).Select(g => g.Last())
                .Where(r => r.SchoolYear == SchoolDay.Year(TimeProvider.System))
                .Select(r => (r.PersonId, r.Purpose, r.Granted, r.GivenOn, r.GivenBy)).Order().ToList();
        });
}
