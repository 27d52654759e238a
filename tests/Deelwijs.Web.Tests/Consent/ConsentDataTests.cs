using Deelwijs.Core.Consent;
using Deelwijs.Core.Rosters;
using Deelwijs.Data;
using Deelwijs.Web.Consent;
using Deelwijs.Web.Schools;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Deelwijs.Web.Tests.Consent;

/// <summary>The consent registry on every database provider: purposes per school, append-only history, and rosters re-imported without losing consents.</summary>
public abstract class ConsentDataTests
{
    private static readonly DateOnly Day = new(2026, 10, 5);

    protected abstract Task<DeelwijsWebFactory> CreateFactoryAsync();

    [Fact]
    public async Task Migration_GivesEveryExistingSchoolTheDefaultPurposes()
    {
        await using var factory = await CreateFactoryAsync();
        var migrations = await factory.WithDbAsync(db => Task.FromResult(db.Database.GetMigrations().ToList()));
        var beforeConsent = migrations[migrations.FindIndex(m => m.EndsWith("_AddConsentRegistry", StringComparison.Ordinal)) - 1];

        await factory.WithDbAsync(async db =>
        {
            await db.GetService<IMigrator>().MigrateAsync(beforeConsent);
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"Schools\" (\"BoardId\", \"Name\", \"Aliases\", \"CreatedAt\") SELECT \"BoardId\", 'Nieuwe school', \"Aliases\", \"CreatedAt\" FROM \"Schools\" WHERE \"Id\" = (SELECT MIN(\"Id\") FROM \"Schools\")");
            await db.GetService<IMigrator>().MigrateAsync();
            return 0;
        });

        var purposes = await factory.WithDbAsync(db => db.ConsentPurposes.AsNoTracking().ToListAsync());
        var schools = await factory.WithDbAsync(db => db.Schools.Select(s => s.Id).ToListAsync());
        Assert.Equal(3, schools.Count);
        Assert.All(schools, id => Assert.Equal(
            ConsentPurposes.Defaults.Select(p => (p.Code, p.Name, p.Explanation)),
            purposes.Where(p => p.SchoolId == id).OrderBy(p => p.SortOrder).Select(p => (p.Code, p.Name, p.Explanation))));
        Assert.All(purposes, p => Assert.True(p.Active));
    }

    [Fact]
    public async Task CurrentChoice_IsTheLatestRecordOfTheSchoolYear_AndHistoryIsNeverEdited()
    {
        await using var factory = await CreateFactoryAsync();
        var schoolId = await ConsentTestData.SchoolIdAsync(factory);
        var person = await ConsentTestData.AddPupilAsync(factory, schoolId, new DateOnly(2014, 5, 1));
        await factory.WithDbAsync(async db =>
        {
            db.ConsentRecords.AddRange(
                Record(schoolId, person.Id, ConsentPurposes.Website, true, Day.AddDays(-3)),
                Record(schoolId, person.Id, ConsentPurposes.Website, false, Day),
                Record(schoolId, person.Id, ConsentPurposes.SocialMedia, false, Day),
                Record(schoolId, person.Id, ConsentPurposes.SocialMedia, true, Day),
                Record(schoolId, person.Id, ConsentPurposes.Press, true, new DateOnly(2026, 6, 1)));
            return await db.SaveChangesAsync();
        });

        CurrentChoices current;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            current = await scope.ServiceProvider.GetRequiredService<ConsentRegistry>().CurrentAsync(schoolId, [person.Id], SchoolYear.Of(Day));
        }

        Assert.Equal(ConsentAnswer.Refused, current.Answer(person.Id, ConsentPurposes.Website));
        Assert.Equal(ConsentAnswer.Given, current.Answer(person.Id, ConsentPurposes.SocialMedia));
        Assert.Equal(ConsentAnswer.NoAnswer, current.Answer(person.Id, ConsentPurposes.Press));
        var edit = await Assert.ThrowsAsync<InvalidOperationException>(() => factory.WithDbAsync(async db =>
        {
            var record = await db.ConsentRecords.FirstAsync(r => r.PersonId == person.Id);
            record.Granted = !record.Granted;
            return await db.SaveChangesAsync();
        }));
        Assert.Contains("nooit gewijzigd", edit.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RosterReimport_KeepsConsentsAndLinksOfWhoStays_AndRemovesWhoLeftWithTheirConsents()
    {
        await using var factory = await CreateFactoryAsync();
        var schoolId = await ConsentTestData.SchoolIdAsync(factory, Demo.DemoOrganisation.SecondSchoolName);
        var byNumber = await ConsentTestData.AddPupilAsync(factory, schoolId, new DateOnly(2016, 2, 2), "4A", "Sem", "Kok", number: "777001");
        var byName = await ConsentTestData.AddPupilAsync(factory, schoolId, new DateOnly(2017, 3, 3), "3B", "Evi", "Prins");
        var leaving = await ConsentTestData.AddPupilAsync(factory, schoolId, new DateOnly(2015, 4, 4), "6C", "Gijs", "Vos", number: "777003");
        await ConsentTestData.LinkChildAsync(factory, "ouder.regenboog", byNumber.Id);
        await ConsentTestData.LinkChildAsync(factory, "ouder.regenboog", leaving.Id);
        await factory.WithDbAsync(async db =>
        {
            db.ConsentRecords.AddRange(
                Record(schoolId, byNumber.Id, ConsentPurposes.Website, true, Day),
                Record(schoolId, byName.Id, ConsentPurposes.SchoolApp, true, Day),
                Record(schoolId, leaving.Id, ConsentPurposes.Website, true, Day));
            return await db.SaveChangesAsync();
        });

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RosterImport>().ReplaceAsync(schoolId,
            [
                new Person(PersonKind.Pupil, "Sem", null, "Kok-Bakker", new DateOnly(2016, 2, 2), "5A", "777001"),
                new Person(PersonKind.Pupil, "Evi", null, "Prins", new DateOnly(2017, 3, 3), "4B"),
                new Person(PersonKind.Pupil, "Noor", null, "Nieuw", new DateOnly(2018, 1, 1), "1A"),
            ]);
        }

        var people = await factory.WithDbAsync(db => db.People.AsNoTracking().Where(p => p.SchoolId == schoolId).OrderBy(p => p.Id).ToListAsync());
        Assert.Equal(["Sem Kok-Bakker 5A", "Evi Prins 4B", "Noor Nieuw 1A"], people.Select(p => $"{p.ToPerson().FullName} {p.Group}"));
        Assert.Equal([byNumber.Id, byName.Id], people.Take(2).Select(p => p.Id));
        var records = await factory.WithDbAsync(db => db.ConsentRecords.AsNoTracking().Where(r => r.SchoolId == schoolId).Select(r => r.PersonId).ToListAsync());
        Assert.Equal([byNumber.Id, byName.Id], records.Order());
        var guardianships = await factory.WithDbAsync(db => db.Guardianships.AsNoTracking().Where(g => g.Person!.SchoolId == schoolId).Select(g => g.PersonId).ToListAsync());
        Assert.Equal([byNumber.Id], guardianships);
        Assert.False(await factory.WithDbAsync(db => db.Memberships.AnyAsync(m => m.PersonId != null && m.Person!.SchoolId == schoolId)),
            "The demo staff of this school are no longer on the roster, so their accounts are unlinked.");
        Assert.Equal(4, await factory.WithDbAsync(db => db.Memberships.CountAsync(m => m.SchoolId == schoolId)));
    }

    private static ConsentRecord Record(int schoolId, int personId, string purpose, bool granted, DateOnly day) => new()
    {
        SchoolId = schoolId,
        PersonId = personId,
        Purpose = purpose,
        Granted = granted,
        SchoolYear = SchoolYear.Of(day),
        GivenOn = day,
        GivenBy = ConsentGiver.Parent,
        Method = ConsentMethod.Import,
        RecordedAt = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
    };
}

/// <summary>The consent data tests on SQLite.</summary>
public sealed class SqliteConsentDataTests : ConsentDataTests
{
    protected override Task<DeelwijsWebFactory> CreateFactoryAsync() => Task.FromResult(DeelwijsWebFactory.WithSqlite());
}

/// <summary>The consent data tests on a real PostgreSQL server.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresConsentDataTests(PostgresServer server) : ConsentDataTests
{
    protected override Task<DeelwijsWebFactory> CreateFactoryAsync() => DeelwijsWebFactory.WithPostgresAsync(server);
}
