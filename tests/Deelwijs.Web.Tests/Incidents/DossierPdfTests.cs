using System.Globalization;
using System.Net;
using Deelwijs.Core.Rosters;
using Deelwijs.Data;
using Deelwijs.Web.Demo;
using Deelwijs.Web.Tests.Consent;
using Microsoft.EntityFrameworkCore;

namespace Deelwijs.Web.Tests.Incidents;

/// <summary>The dossier as PDF for a request for access: it opens, holds every step, is logged, and only its readers get it.</summary>
public sealed class DossierPdfTests : IAsyncLifetime
{
    private readonly DeelwijsWebFactory factory = DeelwijsWebFactory.WithSqlite();

    [Fact]
    public async Task ThePdfExport_OpensAndHoldsTheStepsTitles_AndIsLogged()
    {
        using var pupil = await factory.LoginAsync(DemoAccounts.Email("leerling"));
        using var manager = await factory.LoginAsync(DemoAccounts.Email("teamleider"));
        var subject = await AddPupilAsync();
        var id = await IncidentPages.ReportAsync(pupil, people: [subject.Id]);
        await IncidentPages.RecordStepAsync(manager, id, "gesprek-leerkracht", outcome: "Eerste gesprek gevoerd.");
        await IncidentPages.RecordStepAsync(manager, id, "berichten-verwijderen", outcome: "Berichten verwijderd.");
        var titles = await factory.WithDbAsync(db => db.DossierEntries.Where(e => e.PersonId == subject.Id).Select(e => e.Title).ToListAsync());

        var response = await manager.GetAsync($"{Path(subject.Id)}?handler=Pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var text = PdfText.All(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(2, titles.Count);
        Assert.All(titles, title => Assert.Contains(PdfText.Normalise(title), text, StringComparison.Ordinal));
        Assert.Contains($"{subject.FirstName} Testkind", text, StringComparison.Ordinal);
        Assert.Contains("Eerste gesprek gevoerd.", text, StringComparison.Ordinal);
        Assert.Contains("Het Noorderlicht College", text, StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.PersonId == subject.Id && a.Action == AuditAction.DossierExported && a.Actor == "Bram Visser")));
    }

    [Fact]
    public async Task ThePdfExport_IsNotFound_ForWhoMayNotSeeTheDossier()
    {
        using var pupil = await factory.LoginAsync(DemoAccounts.Email("leerling"));
        using var manager = await factory.LoginAsync(DemoAccounts.Email("teamleider"));
        var subject = await AddPupilAsync();
        var id = await IncidentPages.ReportAsync(pupil, people: [subject.Id]);
        await IncidentPages.RecordStepAsync(manager, id, "gesprek-leerkracht", outcome: "Gesprek gevoerd.");

        foreach (var outsider in new[] { "leerkracht", "bestuur", "leerling", "directeur.regenboog" })
        {
            using var client = await factory.LoginAsync(DemoAccounts.Email(outsider));
            var response = await client.GetAsync($"{Path(subject.Id)}?handler=Pdf");
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{outsider}: {(int)response.StatusCode}");
        }

        Assert.False(await factory.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.PersonId == subject.Id && a.Action == AuditAction.DossierExported)));
    }

    [Fact]
    public async Task TheDossierPage_OffersThePdfNextToTheJson()
    {
        using var manager = await factory.LoginAsync(DemoAccounts.Email("teamleider"));
        var subject = await AddPupilAsync();

        var page = await manager.GetStringAsync(Path(subject.Id));

        Assert.Contains("Download als JSON", page, StringComparison.Ordinal);
        Assert.Contains("Download als PDF", page, StringComparison.Ordinal);
        Assert.Contains("handler=Pdf", page, StringComparison.Ordinal);
    }

    private static string Path(int personId) => string.Create(CultureInfo.InvariantCulture, $"/Dossier/{personId}");

    private async Task<SchoolPerson> AddPupilAsync()
    {
        var schoolId = await ConsentTestData.SchoolIdAsync(factory);
        return await factory.WithDbAsync(async db =>
        {
            var person = new SchoolPerson
            {
                SchoolId = schoolId, Kind = PersonKind.Pupil, FirstName = "Kind" + Guid.NewGuid().ToString("N")[..8], LastName = "Testkind", Group = "5A",
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
