using Deelwijs.Core.Checks;
using Deelwijs.Core.Incidents;
using Deelwijs.Web.Checks;
using Deelwijs.Web.Demo;
using Deelwijs.Web.Incidents;
using Deelwijs.Web.Tests.Consent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Deelwijs.Web.Tests.Incidents;

/// <summary>Where a report goes follows the school's own protocol, and the reporter's confidant-only choice where that protocol allows it.</summary>
public sealed class IncidentRoutingTests : IAsyncLifetime
{
    private readonly DeelwijsWebFactory factory = DeelwijsWebFactory.WithSqlite();

    [Theory]
    [InlineData(DemoOrganisation.FirstSchoolName, "ssoe", IncidentCategory.Cyberbullying, Role.Manager)]
    [InlineData(DemoOrganisation.SecondSchoolName, "de-regenboog", IncidentCategory.Cyberbullying, Role.Director)]
    [InlineData(DemoOrganisation.FirstSchoolName, "johan-de-witt", IncidentCategory.Cyberbullying, Role.Manager)]
    [InlineData(DemoOrganisation.FirstSchoolName, "johan-de-witt", IncidentCategory.StaffBreach, Role.Director)]
    [InlineData(DemoOrganisation.FirstSchoolName, "konot", IncidentCategory.Threat, Role.Director)]
    [InlineData(DemoOrganisation.FirstSchoolName, "asko", IncidentCategory.Memes, Role.Director)]
    public async Task AReport_GoesWhereTheSchoolsProtocolSays(string school, string protocol, IncidentCategory category, Role expected)
    {
        var schoolId = await UseProtocolAsync(school, protocol);

        var receipt = await ReportAsync(schoolId, category);

        Assert.Equal(expected, receipt.RoutedTo);
        Assert.Equal(expected, await factory.WithDbAsync(db => db.Incidents.Where(i => i.Id == receipt.Id).Select(i => i.RoutedTo).SingleAsync()));
        Assert.Matches("^[0-9]{4}-[0-9]{4,}$", receipt.Number);
    }

    [Fact]
    public async Task ConfidantOnly_GoesToTheConfidant_AndSaysNobodyElseSeesIt()
    {
        var schoolId = await ConsentTestData.SchoolIdAsync(factory);

        var receipt = await ReportAsync(schoolId, IncidentCategory.Sexting, confidantOnly: true);

        Assert.Equal(Role.Confidant, receipt.RoutedTo);
        Assert.Contains("alleen naar de vertrouwenspersoon", receipt.Explanation, StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.Incidents.Where(i => i.Id == receipt.Id).Select(i => i.ConfidantOnly).SingleAsync()));
    }

    [Fact]
    public async Task ConfidantOnly_AtASchoolWithoutAConfidant_IsRefusedInDutch()
    {
        var schoolId = await ConsentTestData.SchoolIdAsync(factory, DemoOrganisation.SecondSchoolName);

        var refused = await Assert.ThrowsAsync<IncidentInputException>(() => ReportAsync(schoolId, IncidentCategory.Sexting, confidantOnly: true));

        Assert.Contains("geen vertrouwenspersoon", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APersonOfAnotherSchool_CannotBeNamedInAReport()
    {
        var first = await ConsentTestData.SchoolIdAsync(factory);
        var second = await ConsentTestData.SchoolIdAsync(factory, DemoOrganisation.SecondSchoolName);
        var other = await ConsentTestData.AddPupilAsync(factory, second, new DateOnly(2015, 1, 1));

        var refused = await Assert.ThrowsAsync<IncidentInputException>(() => ReportAsync(first, IncidentCategory.Cyberbullying, people: [other.Id]));

        Assert.Contains("staat niet (meer) op de leerlingenlijst van je school", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Incidents.CountAsync()));
    }

    private async Task<ReportReceipt> ReportAsync(int schoolId, IncidentCategory category, bool confidantOnly = false, IReadOnlyList<int>? people = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var reporting = scope.ServiceProvider.GetRequiredService<IncidentReporting>();
        return await reporting.ReportAsync(schoolId, new Actor(null, "Test"), null,
            new IncidentReport(category, "Er gebeurde iets online.", null, null, people ?? [], [], [], confidantOnly, []));
    }

    private async Task<int> UseProtocolAsync(string school, string protocol)
    {
        var schoolId = await ConsentTestData.SchoolIdAsync(factory, school);
        await factory.WithDbAsync(db => db.Schools.Where(s => s.Id == schoolId).ExecuteUpdateAsync(s => s.SetProperty(x => x.ProtocolId, protocol)));
        factory.Services.GetRequiredService<SchoolEngines>().Invalidate(schoolId);
        return schoolId;
    }

    public Task InitializeAsync()
    {
        _ = factory.ServerAddress;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();
}
