using System.Globalization;
using System.Net;
using System.Text.Json;
using Deelwijs.Core.Rosters;
using Deelwijs.Data;
using Deelwijs.Web.Demo;
using Deelwijs.Web.Tests.Consent;
using Microsoft.EntityFrameworkCore;

namespace Deelwijs.Web.Tests.Incidents;

/// <summary>Steps and documents of a case land in the subject's dossier, which only the roles that may read it see, and export.</summary>
public sealed class DossierTests : IAsyncLifetime
{
    private readonly DeelwijsWebFactory factory = DeelwijsWebFactory.WithSqlite();

    [Fact]
    public async Task APupilsFile_ShowsTheCasesSteps_ToDirectorManagerAndPrivacyOfficer_AndNoOneElse()
    {
        using var pupil = await factory.LoginAsync(DemoAccounts.Email("leerling"));
        using var manager = await factory.LoginAsync(DemoAccounts.Email("teamleider"));
        var subject = await AddPersonAsync(PersonKind.Pupil);
        var id = await IncidentPages.ReportAsync(pupil, people: [subject.Id], files: [("chat.jpg", Checks.ExampleMedia.PhotoWithoutMetadata)]);
        await IncidentPages.RecordStepAsync(manager, id, "gesprek-leerkracht", outcome: "Excuses aangeboden.", present: "mentor");

        foreach (var reader in new[] { "teamleider", "directeur", "fg" })
        {
            using var client = await factory.LoginAsync(DemoAccounts.Email(reader));
            var page = WebUtility.HtmlDecode(await client.GetStringAsync(Path(subject.Id)));
            Assert.Contains("Het leerlingdossier", page, StringComparison.Ordinal);
            Assert.Contains("De leerkracht praat met de leerling over wat er gebeurde", page, StringComparison.Ordinal);
            Assert.Contains("Uitkomst: Excuses aangeboden.", page, StringComparison.Ordinal);
            Assert.Contains("Bewijs bij Melding", page, StringComparison.Ordinal);
            Assert.Contains("Open chat.jpg", page, StringComparison.Ordinal);
        }

        foreach (var outsider in new[] { "leerkracht", "bestuur", "leerling", "directeur.regenboog" })
        {
            using var client = await factory.LoginAsync(DemoAccounts.Email(outsider));
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Path(subject.Id))).StatusCode);
        }

        Assert.True(await factory.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.PersonId == subject.Id && a.Action == AuditAction.DossierViewed && a.Actor == "Ilse Bakker")));
    }

    [Fact]
    public async Task ConfidantEntries_AreOnlyForTheConfidant()
    {
        using var pupil = await factory.LoginAsync(DemoAccounts.Email("leerling"));
        using var manager = await factory.LoginAsync(DemoAccounts.Email("teamleider"));
        using var confidant = await factory.LoginAsync(DemoAccounts.Email("vertrouwenspersoon"));
        using var director = await factory.LoginAsync(DemoAccounts.Email("directeur"));
        var subject = await AddPersonAsync(PersonKind.Pupil);
        var open = await IncidentPages.ReportAsync(pupil, people: [subject.Id]);
        var secret = await IncidentPages.ReportAsync(pupil, category: "sexting", people: [subject.Id], confidantOnly: true);
        await IncidentPages.RecordStepAsync(manager, open, "gesprek-leerkracht", outcome: "Openbaar gesprek.");
        await IncidentPages.RecordStepAsync(confidant, secret, "zorgstructuur", outcome: "Geheim gesprek.");

        var directorPage = WebUtility.HtmlDecode(await director.GetStringAsync(Path(subject.Id)));
        var confidantPage = WebUtility.HtmlDecode(await confidant.GetStringAsync(Path(subject.Id)));

        Assert.Contains("Openbaar gesprek.", directorPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Geheim gesprek.", directorPage, StringComparison.Ordinal);
        Assert.DoesNotContain("sexting", directorPage, StringComparison.Ordinal);
        Assert.Contains("Geheim gesprek.", confidantPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Openbaar gesprek.", confidantPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStaffFile_IsForDirectorAndBoard_AndTheCaseFollowsTheStaffLadder()
    {
        using var pupil = await factory.LoginAsync(DemoAccounts.Email("leerling"));
        using var director = await factory.LoginAsync(DemoAccounts.Email("directeur"));
        using var board = await factory.LoginAsync(DemoAccounts.Email("bestuur"));
        using var manager = await factory.LoginAsync(DemoAccounts.Email("teamleider"));
        var teacher = await AddPersonAsync(PersonKind.Staff);
        var id = await IncidentPages.ReportAsync(pupil, category: "staff-breach", people: [teacher.Id]);

        await IncidentPages.SetFactsAsync(director, id, grensoverschrijdend: true);
        var page = WebUtility.HtmlDecode(await director.GetStringAsync(IncidentPages.CasePath(id)));
        var withoutSummary = await IncidentPages.RecordStepAsync(director, id, "vertrouwensinspecteur");
        await IncidentPages.RecordStepAsync(director, id, "vertrouwensinspecteur", outcome: "Gebeld; advies: gesprek en verslag.");

        Assert.Contains("De Landelijke Vertrouwensinspecteur bellen (0900-1113111)", page, StringComparison.Ordinal);
        Assert.Contains("0900-1113111", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, withoutSummary.StatusCode);
        Assert.Contains("Gebeld; advies", WebUtility.HtmlDecode(await board.GetStringAsync(Path(teacher.Id))), StringComparison.Ordinal);
        Assert.Contains("Het personeelsdossier", WebUtility.HtmlDecode(await director.GetStringAsync(Path(teacher.Id))), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync(Path(teacher.Id))).StatusCode);
    }

    [Fact]
    public async Task NamingTheSubjectLater_FilesTheStepsInTheirDossier()
    {
        using var pupil = await factory.LoginAsync(DemoAccounts.Email("leerling"));
        using var manager = await factory.LoginAsync(DemoAccounts.Email("teamleider"));
        var first = await AddPersonAsync(PersonKind.Pupil);
        var second = await AddPersonAsync(PersonKind.Pupil);
        var id = await IncidentPages.ReportAsync(pupil, people: [first.Id, second.Id]);
        await IncidentPages.RecordStepAsync(manager, id, "gesprek-leerkracht", outcome: "Gesprek gevoerd.");
        Assert.Equal(0, await EntriesAsync(id));

        var involved = await factory.WithDbAsync(db => db.IncidentPeople.Where(p => p.IncidentId == id && p.PersonId == second.Id).Select(p => p.Id).SingleAsync());
        var chosen = await IncidentPages.PostAsync(manager, id, "Onderwerp", new Dictionary<string, string> { ["betrokkene"] = involved.ToString(CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Equal(1, await EntriesAsync(id));
        Assert.Contains("Gesprek gevoerd.", WebUtility.HtmlDecode(await manager.GetStringAsync(Path(second.Id))), StringComparison.Ordinal);
        Assert.DoesNotContain("Gesprek gevoerd.", WebUtility.HtmlDecode(await manager.GetStringAsync(Path(first.Id))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheJsonExport_HoldsEveryVisibleEntry_AndIsLogged()
    {
        using var pupil = await factory.LoginAsync(DemoAccounts.Email("leerling"));
        using var manager = await factory.LoginAsync(DemoAccounts.Email("teamleider"));
        var subject = await AddPersonAsync(PersonKind.Pupil);
        var id = await IncidentPages.ReportAsync(pupil, people: [subject.Id]);
        await IncidentPages.RecordStepAsync(manager, id, "gesprek-leerkracht", outcome: "Eerste gesprek.");
        await IncidentPages.RecordStepAsync(manager, id, "berichten-verwijderen", outcome: "Berichten weg.");

        var response = await manager.GetAsync($"{Path(subject.Id)}?handler=Json");

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var export = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal($"{subject.FirstName} Testkind", export.GetProperty("personName").GetString());
        Assert.Equal("pupilFile", export.GetProperty("type").GetString());
        Assert.Equal(["Uitkomst: Eerste gesprek.", "Uitkomst: Berichten weg."],
            export.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("summary").GetString()).ToList());
        Assert.True(await factory.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.PersonId == subject.Id && a.Action == AuditAction.DossierExported)));
    }

    private static string Path(int personId) => string.Create(CultureInfo.InvariantCulture, $"/Dossier/{personId}");

    private Task<int> EntriesAsync(int incidentId) => factory.WithDbAsync(db => db.DossierEntries.CountAsync(e => e.IncidentId == incidentId));

    private async Task<SchoolPerson> AddPersonAsync(PersonKind kind)
    {
        var schoolId = await ConsentTestData.SchoolIdAsync(factory);
        return await factory.WithDbAsync(async db =>
        {
            var person = new SchoolPerson
            {
                SchoolId = schoolId, Kind = kind, FirstName = "Kind" + Guid.NewGuid().ToString("N")[..8], LastName = "Testkind", Group = kind == PersonKind.Pupil ? "5A" : null,
            };
            db.People.Add(person);
            await db.SaveChangesAsync();
            return person;
        });
    }

    public Task InitializeAsync()
    {
        _ = factory.ServerAddress;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();
}
