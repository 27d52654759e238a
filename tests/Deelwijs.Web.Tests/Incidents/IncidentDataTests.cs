using Deelwijs.Core.Checks;
using Deelwijs.Core.Incidents;
using Deelwijs.Data;
using Deelwijs.Web.Incidents;
using Deelwijs.Web.Schools;
using Deelwijs.Web.Tests.Approvals;
using Deelwijs.Web.Tests.Consent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Deelwijs.Web.Tests.Incidents;

/// <summary>Cases, dossiers, the audit log and their retention on every database provider; each test starts the app on a fresh database.</summary>
public abstract class IncidentDataTests
{
    private static readonly Actor Handler = new(null, "Test teamleider");

    protected abstract Task<DeelwijsWebFactory> CreateFactoryAsync();

    [Fact]
    public async Task ACase_IsStoredWithCodes_ListedForItsHandlers_AndFiledInTheDossier()
    {
        await using var factory = await CreateFactoryAsync();
        var (schoolId, pupil) = await PupilAsync(factory);
        var id = await ReportAsync(factory, schoolId, pupil.Id);
        var manager = Access(schoolId, Role.Manager);

        var result = await WithAsync(factory, s => s.GetRequiredService<IncidentHandling>().RecordStepAsync(
            manager, Handler, id, new StepInput("gesprek-leerkracht", new DateOnly(2026, 3, 2), "mentor", "Excuses."), null));
        var managerList = await WithAsync(factory, s => s.GetRequiredService<IncidentCases>().ListAsync(manager, IncidentStatus.Open));
        var directorList = await WithAsync(factory, s => s.GetRequiredService<IncidentCases>().ListAsync(Access(schoolId, Role.Director), IncidentStatus.Open));
        var confidantList = await WithAsync(factory, s => s.GetRequiredService<IncidentCases>().ListAsync(Access(schoolId, Role.Confidant), IncidentStatus.Open));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal([id], managerList.Select(r => r.Id));
        Assert.Equal([id], directorList.Select(r => r.Id));
        Assert.Empty(confidantList);
        Assert.Equal(1, managerList[0].Steps);
        Assert.Equal(
            ["cyberbullying|open|manager|pupil"],
            await factory.WithDbAsync(db => db.Database.SqlQueryRaw<string>(
                "SELECT \"Category\" || '|' || \"Status\" || '|' || \"RoutedTo\" || '|' || \"Subject\" AS \"Value\" FROM \"Incidents\"").ToListAsync()));
        var entry = await factory.WithDbAsync(db => db.DossierEntries.AsNoTracking().SingleAsync(e => e.PersonId == pupil.Id));
        Assert.Equal((DossierType.PupilFile, new DateOnly(2026, 3, 2), "Uitkomst: Excuses.\nAanwezig: mentor"), (entry.Type, entry.Date, entry.Text));
        Assert.Equal(["leerlingdossier"], await factory.WithDbAsync(db => db.Database.SqlQueryRaw<string>("SELECT \"Type\" AS \"Value\" FROM \"DossierEntries\"").ToListAsync()));
    }

    [Fact]
    public async Task Retention_DeletesTheFileTwoYearsAfterThePupilLeft_WithTheClosedCase_AndLogsIt()
    {
        await using var factory = await CreateFactoryAsync();
        var (schoolId, pupil) = await PupilAsync(factory);
        var id = await ReportAsync(factory, schoolId, pupil.Id, evidence: true);
        var manager = Access(schoolId, Role.Manager);
        await WithAsync(factory, s => s.GetRequiredService<IncidentHandling>().RecordStepAsync(
            manager, Handler, id, new StepInput("gesprek-leerkracht", new DateOnly(2026, 3, 2), null, "Gesprek."), null));
        Assert.True((await WithAsync(factory, s => s.GetRequiredService<IncidentHandling>().CloseAsync(manager, Handler, id))).Succeeded);
        var left = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-10);
        await factory.WithDbAsync(db => db.People.Where(p => p.Id == pupil.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Left, left)));
        Assert.Equal(2, await factory.WithDbAsync(db => db.DossierEntries.CountAsync(e => e.PersonId == pupil.Id)));

        var stillKept = await RetentionAsync(factory, TimeSpan.FromDays(365));
        var expiresAt = await factory.WithDbAsync(db => db.DossierEntries.Where(e => e.PersonId == pupil.Id).Select(e => e.ExpiresAt).FirstAsync());
        var deleted = await RetentionAsync(factory, TimeSpan.FromDays(2 * 366));
        var again = await RetentionAsync(factory, TimeSpan.FromDays(2 * 366));

        Assert.Equal(new RetentionCount(0, 0, 0), stillKept);
        Assert.Equal(new DateTimeOffset(left.AddYears(2).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), expiresAt);
        Assert.Equal(new RetentionCount(2, 1, 0), deleted);
        Assert.Equal(new RetentionCount(0, 0, 0), again);
        Assert.Equal(0, await factory.WithDbAsync(db => db.DossierEntries.CountAsync(e => e.PersonId == pupil.Id)));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Incidents.CountAsync(i => i.Id == id)));
        Assert.Equal(0, await factory.WithDbAsync(db => db.IncidentDocuments.CountAsync(d => d.IncidentId == id)));
        var log = await factory.WithDbAsync(db => db.AuditLog.AsNoTracking().Where(a => a.Action == AuditAction.DeletedByRetention).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(2, log.Count);
        Assert.All(log, a => Assert.StartsWith("Verwijderd door bewaartermijn:", a.Detail, StringComparison.Ordinal));
        Assert.Contains("2 stuk(ken) uit het leerlingdossier", log[0].Detail, StringComparison.Ordinal);
        Assert.Equal((pupil.Id, (string?)null, "Deelwijs"), (log[0].PersonId!.Value, log[0].UserId, log[0].Actor));
        Assert.Equal(id, log[1].IncidentId);
    }

    [Fact]
    public async Task Retention_KeepsTheFileOfAPupilStillAtSchool_AndOpenCases()
    {
        await using var factory = await CreateFactoryAsync();
        var (schoolId, pupil) = await PupilAsync(factory);
        var id = await ReportAsync(factory, schoolId, pupil.Id, evidence: true);

        var result = await RetentionAsync(factory, TimeSpan.FromDays(20 * 365));

        Assert.Equal((0, 0), (result.DossierEntries, result.Cases));
        Assert.Equal(1, await factory.WithDbAsync(db => db.DossierEntries.CountAsync(e => e.PersonId == pupil.Id)));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Incidents.CountAsync(i => i.Id == id)));
    }

    [Fact]
    public async Task Retention_RemovesTheAuditLogAfterItsOwnPeriodOnly()
    {
        await using var factory = await CreateFactoryAsync();
        var (schoolId, pupil) = await PupilAsync(factory);
        await ReportAsync(factory, schoolId, pupil.Id);
        var before = await factory.WithDbAsync(db => db.AuditLog.CountAsync());

        var fourYears = await RetentionAsync(factory, TimeSpan.FromDays(4 * 365));
        var sixYears = await RetentionAsync(factory, TimeSpan.FromDays(6 * 365));

        Assert.Equal(0, fourYears.AuditEntries);
        Assert.Equal(before, sixYears.AuditEntries);
    }

    [Fact]
    public async Task TheRetentionService_RunsOnTheInjectedClock()
    {
        await using var factory = await CreateFactoryAsync();
        var (schoolId, pupil) = await PupilAsync(factory);
        await ReportAsync(factory, schoolId, pupil.Id);
        await factory.WithDbAsync(db => db.People.Where(p => p.Id == pupil.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Left, new DateOnly(2020, 1, 1))));

        using var service = new IncidentRetentionService(
            factory.Services.GetRequiredService<IServiceScopeFactory>(), new ShiftedTime(TimeSpan.FromDays(1)),
            Options.Create(new IncidentOptions()), NullLogger<IncidentRetentionService>.Instance);
        await service.StartAsync(CancellationToken.None);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await factory.WithDbAsync(db => db.DossierEntries.CountAsync(e => e.PersonId == pupil.Id)) > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        await service.StopAsync(CancellationToken.None);
        Assert.Equal(0, await factory.WithDbAsync(db => db.DossierEntries.CountAsync(e => e.PersonId == pupil.Id)));
    }

    private static SchoolAccess Access(int schoolId, Role role) => new(schoolId, "school", 0, "bestuur", new HashSet<Role> { role });

    private static async Task<(int SchoolId, SchoolPerson Pupil)> PupilAsync(DeelwijsWebFactory factory)
    {
        var schoolId = await ConsentTestData.SchoolIdAsync(factory);
        return (schoolId, await ConsentTestData.AddPupilAsync(factory, schoolId, new DateOnly(2011, 5, 5), "5A"));
    }

    private static async Task<int> ReportAsync(DeelwijsWebFactory factory, int schoolId, int personId, bool evidence = false)
    {
        var files = evidence ? [EvidenceFile.From(Checks.ExampleMedia.PhotoWithoutMetadata, "screenshot.jpg")] : Array.Empty<EvidenceFile>();
        var receipt = await WithAsync(factory, s => s.GetRequiredService<IncidentReporting>().ReportAsync(schoolId, new Actor(null, "Melder"), null,
            new IncidentReport(IncidentCategory.Cyberbullying, "Uitgescholden in de app.", "WhatsApp", null, [personId], [], [], false, files)));
        return receipt.Id;
    }

    private static async Task<RetentionCount> RetentionAsync(DeelwijsWebFactory factory, TimeSpan later)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var retention = ActivatorUtilities.CreateInstance<IncidentRetention>(scope.ServiceProvider, new ShiftedTime(later));
        return await retention.RunAsync();
    }

    private static async Task<T> WithAsync<T>(DeelwijsWebFactory factory, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}

/// <summary>The incident data tests on SQLite.</summary>
public sealed class SqliteIncidentDataTests : IncidentDataTests
{
    protected override Task<DeelwijsWebFactory> CreateFactoryAsync() => Task.FromResult(DeelwijsWebFactory.WithSqlite());
}

/// <summary>The incident data tests on a real PostgreSQL server.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresIncidentDataTests(PostgresServer server) : IncidentDataTests
{
    protected override Task<DeelwijsWebFactory> CreateFactoryAsync() => DeelwijsWebFactory.WithPostgresAsync(server);
}
