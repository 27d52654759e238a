using Deelwijs.Core.Checks;
using Deelwijs.Core.Rosters;
using Deelwijs.Data;
using Deelwijs.Web.Demo;
using Deelwijs.Web.Schools;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Deelwijs.Web.Tests.Data;

/// <summary>The same data tests for every database provider; each test starts the app on a fresh database.</summary>
public abstract class DatabaseTests
{
    protected abstract Task<DeelwijsWebFactory> CreateFactoryAsync();

    [Fact]
    public async Task Start_AppliesEveryMigration_AndTheModelMatchesTheSnapshot()
    {
        await using var factory = await CreateFactoryAsync();
        var (pending, applied, changes) = await factory.WithDbAsync(async db => (
            (await db.Database.GetPendingMigrationsAsync()).ToList(),
            (await db.Database.GetAppliedMigrationsAsync()).ToList(),
            db.Database.HasPendingModelChanges()));

        Assert.Empty(pending);
        Assert.Contains(applied, id => id.EndsWith("_InitialCreate", StringComparison.Ordinal));
        Assert.False(changes, "The model differs from the migrations' snapshot: scaffold a new migration (README, 'Database migrations').");
    }

    [Fact]
    public async Task DemoSeeding_IsIdempotent()
    {
        await using var factory = await CreateFactoryAsync();
        var before = await CountsAsync(factory);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.False(await scope.ServiceProvider.GetRequiredService<DemoOrganisation>().SeedAsync());
        }

        Assert.Equal(before, await CountsAsync(factory));
        Assert.Equal((1, 2, DemoAccounts.FirstSchool.Count + DemoAccounts.SecondSchool.Count + DemoAccounts.Board.Count), (before.Boards, before.Schools, before.Users));
        Assert.True(before.People > 150);
    }

    [Fact]
    public async Task Roles_AreStoredAsTheirProductCodes()
    {
        await using var factory = await CreateFactoryAsync();
        var codes = await factory.WithDbAsync(db => db.Database.SqlQueryRaw<string>("SELECT \"Role\" AS \"Value\" FROM \"Memberships\"").ToListAsync());

        Assert.Contains("privacy-officer", codes);
        Assert.Contains("board", codes);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Memberships.CountAsync(m => m.Role == Role.PrivacyOfficer)));
    }

    [Fact]
    public async Task ApiKeys_CanBeSortedAndFilteredByTime()
    {
        await using var factory = await CreateFactoryAsync();
        var schoolId = await factory.WithDbAsync(db => db.Schools.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());
        var earlier = new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero);
        await factory.WithDbAsync(async db =>
        {
            db.ApiKeys.AddRange(
                new ApiKey { SchoolId = schoolId, Name = "later", Prefix = "bbbbbbbb", Hash = ApiKey.HashOf("b"), CreatedAt = earlier.AddDays(1) },
                new ApiKey { SchoolId = schoolId, Name = "eerder", Prefix = "aaaaaaaa", Hash = ApiKey.HashOf("a"), CreatedAt = earlier, RevokedAt = earlier.AddHours(1) });
            return await db.SaveChangesAsync();
        });

        var names = await factory.WithDbAsync(db => db.ApiKeys.Where(k => k.CreatedAt >= earlier).OrderBy(k => k.CreatedAt).Select(k => k.Name).ToListAsync());
        var revoked = await factory.WithDbAsync(db => db.ApiKeys.Where(k => k.RevokedAt != null).Select(k => k.RevokedAt).SingleAsync());

        Assert.Equal(["eerder", "later"], names);
        Assert.Equal(earlier.AddHours(1), revoked);
    }

    [Fact]
    public async Task RosterImport_ReplacesOnlyThatSchoolsRoster()
    {
        await using var factory = await CreateFactoryAsync();
        var (first, second) = await factory.WithDbAsync(async db =>
        {
            var ids = await db.Schools.OrderBy(s => s.Id).Select(s => s.Id).ToListAsync();
            return (ids[0], ids[1]);
        });
        var secondBefore = await factory.WithDbAsync(db => db.People.CountAsync(p => p.SchoolId == second));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var import = scope.ServiceProvider.GetRequiredService<RosterImport>();
            await import.ReplaceAsync(first, [new Person(PersonKind.Pupil, "Zoë", "van", "Dam", new DateOnly(2013, 4, 5), "5A", "42")]);
        }

        var people = await factory.WithDbAsync(db => db.People.Where(p => p.SchoolId == first).ToListAsync());
        var person = Assert.Single(people);
        Assert.Equal(("Zoë", "van", "Dam", new DateOnly(2013, 4, 5), PersonKind.Pupil), (person.FirstName, person.Tussenvoegsel, person.LastName, person.BirthDate, person.Kind));
        Assert.Equal(secondBefore, await factory.WithDbAsync(db => db.People.CountAsync(p => p.SchoolId == second)));
    }

    [Fact]
    public async Task Schools_KeepTheirAliasesAndProtocol()
    {
        await using var factory = await CreateFactoryAsync();
        var school = await factory.WithDbAsync(db => db.Schools.AsNoTracking().SingleAsync(s => s.Name == DemoOrganisation.FirstSchoolName));

        Assert.Equal("ssoe", school.ProtocolId);
        Assert.Contains("Noorderlicht", school.Aliases);
    }

    private static Task<(int Boards, int Schools, int Users, int Memberships, int People)> CountsAsync(DeelwijsWebFactory factory) =>
        factory.WithDbAsync(async db => (
            await db.Boards.CountAsync(),
            await db.Schools.CountAsync(),
            await db.Users.CountAsync(),
            await db.Memberships.CountAsync(),
            await db.People.CountAsync()));
}

/// <summary>The data tests on SQLite, the default database.</summary>
public sealed class SqliteDatabaseTests : DatabaseTests
{
    protected override Task<DeelwijsWebFactory> CreateFactoryAsync() => Task.FromResult(DeelwijsWebFactory.WithSqlite());
}

/// <summary>The data tests on a real PostgreSQL server that the tests start themselves.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresDatabaseTests(PostgresServer server) : DatabaseTests
{
    protected override Task<DeelwijsWebFactory> CreateFactoryAsync() => DeelwijsWebFactory.WithPostgresAsync(server);
}
