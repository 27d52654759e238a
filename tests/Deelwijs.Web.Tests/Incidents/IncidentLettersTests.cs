using Deelwijs.Core.Checks;
using Deelwijs.Core.Incidents;
using Deelwijs.Web.Incidents;
using Deelwijs.Web.Schools;
using Deelwijs.Web.Tests.Consent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Deelwijs.Web.Tests.Incidents;

/// <summary>What a letter about a case is filled with: the pupil, their parents from the accounts linked to them, the latest measure.</summary>
public sealed class IncidentLettersTests : IAsyncLifetime
{
    private readonly DeelwijsWebFactory factory = DeelwijsWebFactory.WithSqlite();

    [Fact]
    public async Task ALetter_NamesThePupilTheirParentsAndTheLatestMeasure()
    {
        var schoolId = await ConsentTestData.SchoolIdAsync(factory);
        var daan = await factory.WithDbAsync(db => db.People.SingleAsync(p => p.SchoolId == schoolId && p.FirstName == "Daan" && p.LastName == "Jansen"));
        var manager = new SchoolAccess(schoolId, "Het Noorderlicht College", 0, "", new HashSet<Role> { Role.Manager });
        var signer = new Actor(await ConsentTestData.UserIdAsync(factory, "teamleider"), "Bram Visser");
        await using var scope = factory.Services.CreateAsyncScope();
        var receipt = await scope.ServiceProvider.GetRequiredService<IncidentReporting>().ReportAsync(schoolId, new Actor(null, "Melder"), null,
            new IncidentReport(IncidentCategory.Memes, "Een bewerkte foto van een docent gedeeld.", null, null, [daan.Id], [], [], false, []));
        var handling = scope.ServiceProvider.GetRequiredService<IncidentHandling>();
        await handling.RecordStepAsync(manager, signer, receipt.Id, new StepInput("gesprek-leerkracht", new DateOnly(2026, 3, 2), null, null), null);
        await handling.RecordStepAsync(manager, signer, receipt.Id, new StepInput("waarschuwing", new DateOnly(2026, 3, 3), null, "Waarschuwing gegeven."), null);

        var letter = await scope.ServiceProvider.GetRequiredService<IncidentLetters>().GatherAsync(manager, signer, receipt.Id);

        Assert.NotNull(letter);
        Assert.Equal(("Het Noorderlicht College", "Daan Jansen", "Merel Jansen", (string?)null), (letter.School, letter.Pupil, letter.Parents, letter.StaffMember));
        Assert.Equal("Waarschuwing, vastgelegd in het leerlingdossier", letter.Measure);
        Assert.Equal(("Bram Visser", "teamleider onderbouw"), (letter.Signatory, letter.Function));
        Assert.Equal("Een bewerkte foto van een docent gedeeld.", letter.Reason);
    }

    public Task InitializeAsync()
    {
        _ = factory.ServerAddress;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();
}
