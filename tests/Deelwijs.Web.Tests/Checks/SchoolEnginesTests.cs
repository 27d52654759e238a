using Deelwijs.Core.Checks;
using Deelwijs.Core.Rosters;
using Deelwijs.Data;
using Deelwijs.Web.Checks;
using Deelwijs.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Deelwijs.Web.Tests.Checks;

public sealed class SchoolEnginesTests
{
    [Fact]
    public async Task AnEngineIsKeptPerSchool_UntilInvalidateAfterARosterChange()
    {
        await using var factory = DeelwijsWebFactory.WithSqlite();
        var engines = factory.Services.GetRequiredService<SchoolEngines>();
        var schoolId = await factory.WithDbAsync(db => db.Schools.Where(s => s.Name == DemoOrganisation.FirstSchoolName).Select(s => s.Id).SingleAsync());
        var request = new CheckRequest("Gefeliciteerd Quirijn Zwanenburg met je diploma!") { Channel = Channel.SchoolApp };
        bool NamesSomeone(CheckResult result) => result.Findings.Any(f => f.Kind == FindingKinds.Name);

        var before = await engines.GetAsync(schoolId);
        Assert.False(NamesSomeone(before.Check(request)));
        await factory.WithDbAsync(async db =>
        {
            db.People.Add(SchoolPerson.From(schoolId, new Person(PersonKind.Pupil, "Quirijn", null, "Zwanenburg", Group: "4A")));
            return await db.SaveChangesAsync();
        });

        Assert.Same(before, await engines.GetAsync(schoolId));
        engines.Invalidate(schoolId);
        var after = await engines.GetAsync(schoolId);

        Assert.NotSame(before, after);
        Assert.True(NamesSomeone(after.Check(request)));
    }

    [Fact]
    public async Task ARosterImport_IsKnownToTheNextCheck()
    {
        await using var factory = DeelwijsWebFactory.WithSqlite();
        var engines = factory.Services.GetRequiredService<SchoolEngines>();
        var schoolId = await factory.WithDbAsync(db => db.Schools.Where(s => s.Name == DemoOrganisation.FirstSchoolName).Select(s => s.Id).SingleAsync());
        var request = new CheckRequest("Gefeliciteerd Quirijn Zwanenburg met je diploma!") { Channel = Channel.SchoolApp };
        Assert.DoesNotContain((await engines.GetAsync(schoolId)).Check(request).Findings, f => f.Kind == FindingKinds.Name);

        using (var scope = factory.Services.CreateScope())
        {
            var import = scope.ServiceProvider.GetRequiredService<Deelwijs.Web.Schools.RosterImport>();
            await import.ReplaceAsync(schoolId, [new Person(PersonKind.Pupil, "Quirijn", null, "Zwanenburg", Group: "4A")]);
        }

        Assert.Contains((await engines.GetAsync(schoolId)).Check(request).Findings, f => f.Kind == FindingKinds.Name);
    }
}
