using System.Net;
using Deelwijs.Data;
using Deelwijs.Web.Approvals;
using Deelwijs.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Deelwijs.Web.Tests.Approvals;

/// <summary>The approval flow and its retention on every database provider; each test starts the app on a fresh database.</summary>
public abstract class ApprovalDataTests
{
    protected abstract Task<DeelwijsWebFactory> CreateFactoryAsync();

    [Fact]
    public async Task AskApproveAndRetention_KeepEveryStep_AndDeleteOnlyTheDraft()
    {
        await using var factory = await CreateFactoryAsync();
        using var teacher = await factory.LoginAsync(DemoAccounts.Email("leerkracht"));
        using var manager = await factory.LoginAsync(DemoAccounts.Email("teamleider"));

        var id = await ApprovalPages.AskAsync(teacher, question: "Mag dit in de schoolapp?");
        var approve = await ApprovalPages.DecideAsync(manager, id, "Goedkeuren", "Prima, zonder telefoonnummer graag.");

        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);
        var stored = await LoadAsync(factory, id);
        Assert.Equal(ApprovalStatus.Approved, stored.Status);
        Assert.Equal(ApprovalPages.LessonPost, stored.Text);
        Assert.NotNull(stored.DecidedAt);
        Assert.Equal(stored.DecidedAt!.Value.AddDays(90), stored.ExpiresAt);
        Assert.Contains("\"kind\":\"personal-data.phone\"", stored.ResultJson, StringComparison.Ordinal);
        Assert.Equal(
            [(ApprovalStepKind.Asked, "Sanne de Vries", "Mag dit in de schoolapp?"), (ApprovalStepKind.Approved, "Bram Visser", "Prima, zonder telefoonnummer graag.")],
            stored.Steps.Select(s => (s.Kind, s.User!.DisplayName, s.Comment)).ToList());

        Assert.Equal(0, await RetentionAsync(factory, TimeSpan.FromDays(89)));
        Assert.Equal(1, await RetentionAsync(factory, TimeSpan.FromDays(91)));
        Assert.Equal(0, await RetentionAsync(factory, TimeSpan.FromDays(92)));

        var after = await LoadAsync(factory, id);
        Assert.Null(after.Text);
        Assert.Null(after.ResultJson);
        Assert.Equal(ApprovalStatus.Approved, after.Status);
        Assert.Equal([ApprovalStepKind.Asked, ApprovalStepKind.Approved, ApprovalStepKind.DeletedByRetention], after.Steps.Select(s => s.Kind).ToList());
        Assert.Null(after.Steps[^1].UserId);
        Assert.Equal("approved", await factory.WithDbAsync(db => db.Database.SqlQueryRaw<string>(
            "SELECT \"Status\" AS \"Value\" FROM \"ApprovalRequests\"").SingleAsync()));
    }

    [Fact]
    public async Task Retention_LeavesOpenRequestsAlone()
    {
        await using var factory = await CreateFactoryAsync();
        using var teacher = await factory.LoginAsync(DemoAccounts.Email("leerkracht"));
        var id = await ApprovalPages.AskAsync(teacher);

        Assert.Equal(0, await RetentionAsync(factory, TimeSpan.FromDays(3650)));
        Assert.Equal(ApprovalPages.LessonPost, (await LoadAsync(factory, id)).Text);
    }

    private static Task<ApprovalRequest> LoadAsync(DeelwijsWebFactory factory, int id) =>
        factory.WithDbAsync(db => db.ApprovalRequests.AsNoTracking()
            .Include(r => r.Steps.OrderBy(s => s.Id)).ThenInclude(s => s.User)
            .SingleAsync(r => r.Id == id));

    private static async Task<int> RetentionAsync(DeelwijsWebFactory factory, TimeSpan later)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var retention = ActivatorUtilities.CreateInstance<ApprovalRetention>(scope.ServiceProvider, new ShiftedTime(later));
        return await retention.RunAsync();
    }
}

/// <summary>The approval data tests on SQLite.</summary>
public sealed class SqliteApprovalDataTests : ApprovalDataTests
{
    protected override Task<DeelwijsWebFactory> CreateFactoryAsync() => Task.FromResult(DeelwijsWebFactory.WithSqlite());
}

/// <summary>The approval data tests on a real PostgreSQL server.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresApprovalDataTests(PostgresServer server) : ApprovalDataTests
{
    protected override Task<DeelwijsWebFactory> CreateFactoryAsync() => DeelwijsWebFactory.WithPostgresAsync(server);
}
