using System.Net;
using Deelwijs.Core.Checks;
using Deelwijs.Data;
using Deelwijs.Web.Approvals;
using Deelwijs.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Deelwijs.Web.Tests.Approvals;

/// <summary>Asking, seeing and deciding approval requests over HTTP; every test makes its own requests.</summary>
public sealed class ApprovalFlowTests : IAsyncLifetime
{
    private readonly DeelwijsWebFactory factory = DeelwijsWebFactory.WithSqlite();

    [Fact]
    public async Task Teacher_AsksTheManager_WhoApprovesWithAComment_AndTheTeacherSeesTheDecision()
    {
        using var teacher = await factory.LoginAsync(DemoAccounts.Email("leerkracht"));
        using var manager = await factory.LoginAsync(DemoAccounts.Email("teamleider"));

        var id = await ApprovalPages.AskAsync(teacher);
        var sent = WebUtility.HtmlDecode(await teacher.GetStringAsync($"{ApprovalPages.PathOf(id)}?verzonden=true"));
        var inbox = await manager.GetStringAsync("/Toestemming");
        var detail = WebUtility.HtmlDecode(await manager.GetStringAsync(ApprovalPages.PathOf(id)));
        var approve = await ApprovalPages.DecideAsync(manager, id, "Goedkeuren", "Akkoord, haal het nummer weg.");
        var mine = WebUtility.HtmlDecode(await teacher.GetStringAsync("/Toestemming/Mijn"));
        var inboxAfter = await manager.GetStringAsync("/Toestemming");

        Assert.Contains("Je verzoek is verstuurd naar je leidinggevende (teamleider)", sent, StringComparison.Ordinal);
        Assert.Contains(ApprovalPages.PathOf(id), inbox, StringComparison.Ordinal);
        Assert.Contains("Sanne de Vries", inbox, StringComparison.Ordinal);
        Assert.Contains("<mark class=\"dw-mark\">", detail, StringComparison.Ordinal);
        Assert.Contains("06-12345678", detail, StringComparison.Ordinal);
        Assert.Contains("Artikel 3.1.2 van het protocol", detail, StringComparison.Ordinal);
        Assert.Contains("Goedkeuren</button>", detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);
        Assert.Contains("Goedgekeurd", mine, StringComparison.Ordinal);
        Assert.Contains("Akkoord, haal het nummer weg.", mine, StringComparison.Ordinal);
        Assert.DoesNotContain(ApprovalPages.PathOf(id), inboxAfter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDefaultApprover_FollowsTheFindings_AndTheAuthorCanChooseAnother()
    {
        using var teacher = await factory.LoginAsync(DemoAccounts.Email("leerkracht"));
        using var director = await factory.LoginAsync(DemoAccounts.Email("directeur"));

        var byDefault = await ApprovalPages.AskAsync(teacher);
        var chosen = await ApprovalPages.AskAsync(teacher, approverRole: "director");
        var roles = await factory.WithDbAsync(db => db.ApprovalRequests.Where(r => r.Id == byDefault || r.Id == chosen).OrderBy(r => r.Id).Select(r => r.ApproverRole).ToListAsync());
        var inbox = await director.GetStringAsync("/Toestemming");

        Assert.Equal([Role.Manager, Role.Director], roles);
        Assert.Contains(ApprovalPages.PathOf(chosen), inbox, StringComparison.Ordinal);
        Assert.DoesNotContain(ApprovalPages.PathOf(byDefault), inbox, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync(ApprovalPages.PathOf(byDefault))).StatusCode);
    }

    [Fact]
    public async Task AManager_CannotApproveTheirOwnRequest()
    {
        using var manager = await factory.LoginAsync(DemoAccounts.Email("teamleider"));
        await GiveDirectorTheManagerRoleAsync(); // so the request can be sent: someone else can answer it
        var id = await ApprovalPages.AskAsync(manager, approverRole: "manager");

        var inbox = await manager.GetStringAsync("/Toestemming");
        var page = await manager.GetStringAsync(ApprovalPages.PathOf(id));
        var approve = await ApprovalPages.DecideAsync(manager, id, "Goedkeuren", "Zelf goedgekeurd");

        Assert.DoesNotContain(ApprovalPages.PathOf(id), inbox, StringComparison.Ordinal);
        Assert.DoesNotContain("Goedkeuren</button>", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, approve.StatusCode);
        Assert.Equal(ApprovalStatus.Open, await StatusAsync(id));
        Assert.Equal(1, await factory.WithDbAsync(db => db.ApprovalSteps.CountAsync(s => s.ApprovalRequestId == id)));
    }

    [Fact]
    public async Task AnotherSchoolsManager_GetsNotFound_AndCannotDecide()
    {
        using var teacher = await factory.LoginAsync(DemoAccounts.Email("leerkracht"));
        using var other = await factory.LoginAsync(DemoAccounts.Email("teamleider.regenboog"));
        var id = await ApprovalPages.AskAsync(teacher);

        var inbox = await other.GetStringAsync("/Toestemming");
        var page = await other.GetAsync(ApprovalPages.PathOf(id));
        var approve = await ApprovalPages.DecideAsync(other, id, "Goedkeuren", "Van een andere school");

        Assert.DoesNotContain(ApprovalPages.PathOf(id), inbox, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, approve.StatusCode);
        Assert.Equal(ApprovalStatus.Open, await StatusAsync(id));
    }

    [Fact]
    public async Task DeclineAndChanges_NeedAComment_AndAColleagueWithoutTheRoleSeesNothing()
    {
        using var teacher = await factory.LoginAsync(DemoAccounts.Email("leerkracht"));
        using var manager = await factory.LoginAsync(DemoAccounts.Email("teamleider"));
        using var colleague = await factory.LoginAsync(DemoAccounts.Email("ict"));
        var id = await ApprovalPages.AskAsync(teacher);

        var withoutComment = await ApprovalPages.DecideAsync(manager, id, "Afwijzen", "  ");
        var colleaguePage = await colleague.GetAsync(ApprovalPages.PathOf(id));
        var colleagueInbox = await colleague.GetAsync("/Toestemming");
        var changes = await ApprovalPages.DecideAsync(manager, id, "Aanpassing", "Zet er een disclaimer bij.");
        var again = await ApprovalPages.DecideAsync(manager, id, "Goedkeuren");

        Assert.Equal(HttpStatusCode.BadRequest, withoutComment.StatusCode);
        Assert.Contains("Schrijf erbij waarom", await withoutComment.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, colleaguePage.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, colleagueInbox.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, changes.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(ApprovalStatus.ChangesRequested, await StatusAsync(id));
    }

    [Fact]
    public async Task TheRetentionService_RunsOnTheInjectedClock_AndDeletesExpiredDrafts()
    {
        using var teacher = await factory.LoginAsync(DemoAccounts.Email("leerkracht"));
        using var manager = await factory.LoginAsync(DemoAccounts.Email("teamleider"));
        var id = await ApprovalPages.AskAsync(teacher);
        await ApprovalPages.DecideAsync(manager, id, "Afwijzen", "Liever niet.");

        using var service = new ApprovalRetentionService(
            factory.Services.GetRequiredService<IServiceScopeFactory>(), new ShiftedTime(TimeSpan.FromDays(100)),
            Options.Create(new ApprovalOptions()), NullLogger<ApprovalRetentionService>.Instance);
        await service.StartAsync(CancellationToken.None);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await factory.WithDbAsync(db => db.ApprovalRequests.Where(r => r.Id == id).Select(r => r.Text).SingleAsync()) is not null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        await service.StopAsync(CancellationToken.None);
        var page = WebUtility.HtmlDecode(await teacher.GetStringAsync(ApprovalPages.PathOf(id)));

        Assert.Contains("de bewaartermijn is voorbij", page, StringComparison.Ordinal);
        Assert.Contains("Bericht gewist na de bewaartermijn", page, StringComparison.Ordinal);
        Assert.Contains("Liever niet.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("06-12345678", page, StringComparison.Ordinal);
    }

    private Task<ApprovalStatus> StatusAsync(int id) =>
        factory.WithDbAsync(db => db.ApprovalRequests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync());

    public Task InitializeAsync()
    {
        _ = factory.ServerAddress;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task Asking_a_role_nobody_else_holds_is_refused_and_stores_nothing()
    {
        using var manager = await factory.LoginAsync(DemoAccounts.Email("teamleider"));

        var response = await manager.PostAsync("/Controleren?handler=VraagToestemming", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Text"] = ApprovalPages.LessonPost,
            ["Input.Channel"] = "school-app",
            ["approverRole"] = "manager",
            ["__RequestVerificationToken"] = await AccountPages.AntiForgeryTokenAsync(manager, "/Controleren"),
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("heeft niemand anders de rol teamleider", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await factory.WithDbAsync(db => db.ApprovalRequests.CountAsync()));
    }

    private Task<int> GiveDirectorTheManagerRoleAsync() => factory.WithDbAsync(async db =>
    {
        var director = await db.Memberships.FirstAsync(m => m.Role == Role.Director && m.User!.Email == DemoAccounts.Email("directeur"));
        db.Memberships.Add(new Membership { UserId = director.UserId, SchoolId = director.SchoolId, Role = Role.Manager });
        return await db.SaveChangesAsync();
    });
}
