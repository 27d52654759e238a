using System.Net;
using Deelwijs.Core.Consent;
using Deelwijs.Data;
using Deelwijs.Web.Consent;
using Deelwijs.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Deelwijs.Web.Tests.Consent;

/// <summary>The consent pages over HTTP: parents and pupils set their own choices, staff see the classes, one school never sees another's.</summary>
public sealed class ConsentPageTests : IAsyncLifetime
{
    private readonly DeelwijsWebFactory factory = DeelwijsWebFactory.WithSqlite();

    [Fact]
    public async Task Parent_SeesOnlyTheirOwnChildren_AndAChildOf16ReadOnly()
    {
        var schoolId = await ConsentTestData.SchoolIdAsync(factory);
        var stranger = await ConsentTestData.AddPupilAsync(factory, schoolId, new DateOnly(2015, 6, 1), firstName: "Vreemdkind");
        using var parent = await factory.LoginAsync(DemoAccounts.Email("ouder"));

        var html = WebUtility.HtmlDecode(await parent.GetStringAsync("/Beeldtoestemming"));

        Assert.Contains("Lotte Jansen (2B)", html, StringComparison.Ordinal);
        Assert.Contains("Daan Jansen (5A)", html, StringComparison.Ordinal);
        Assert.Contains("Vanaf 16 beslist je kind zelf", html, StringComparison.Ordinal);
        Assert.Contains("Keuzes opslaan voor Lotte", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Keuzes opslaan voor Daan", html, StringComparison.Ordinal);
        Assert.Contains("Sociale media van de school", html, StringComparison.Ordinal);
        Assert.Contains("gaat dat direct in", html, StringComparison.Ordinal);
        Assert.DoesNotContain(stranger.FirstName, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parent_WithdrawsConsentForTheirChild_EffectiveAtOnce()
    {
        var lotte = await ConsentPages.DemoPersonIdAsync(factory, "Lotte", "Jansen");
        using var parent = await factory.LoginAsync(DemoAccounts.Email("ouder"));

        var save = await ConsentPages.SaveAsync(parent, lotte, (ConsentPurposes.Website, "nee"), (ConsentPurposes.Press, "ja"));
        var html = WebUtility.HtmlDecode(await parent.GetStringAsync("/Beeldtoestemming"));

        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        Assert.Contains("De keuzes voor Lotte zijn opgeslagen. Een 'nee' gaat direct in", html, StringComparison.Ordinal);
        var latest = await factory.WithDbAsync(db => db.ConsentRecords.Where(r => r.PersonId == lotte && r.Purpose == ConsentPurposes.Website)
            .OrderByDescending(r => r.Id).FirstAsync());
        Assert.Equal((false, ConsentMethod.Portal, ConsentGiver.Parent), (latest.Granted, latest.Method, latest.GivenBy));
        await using var scope = factory.Services.CreateAsyncScope();
        var register = await scope.ServiceProvider.GetRequiredService<ConsentRegistry>().RegisterForAsync(latest.SchoolId, [lotte]);
        Assert.Equal(ConsentAnswer.Refused, register.Answer(await PersonAsync(lotte), ConsentPurposes.Website));
        Assert.Equal(ConsentAnswer.Given, register.Answer(await PersonAsync(lotte), ConsentPurposes.Press));
    }

    [Fact]
    public async Task Parent_PostingAnotherChildsId_IsNotFound_AndNothingIsRecorded()
    {
        var schoolId = await ConsentTestData.SchoolIdAsync(factory);
        var stranger = await ConsentTestData.AddPupilAsync(factory, schoolId, new DateOnly(2015, 6, 1));
        using var parent = await factory.LoginAsync(DemoAccounts.Email("ouder"));

        var response = await ConsentPages.SaveAsync(parent, stranger.Id, (ConsentPurposes.Website, "ja"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.ConsentRecords.AnyAsync(r => r.PersonId == stranger.Id)));
    }

    [Fact]
    public async Task PupilOf16_SetsTheirOwnChoices_PupilUnder16_SeesThemReadOnly()
    {
        var daan = await ConsentPages.DemoPersonIdAsync(factory, "Daan", "Jansen");
        var lotte = await ConsentPages.DemoPersonIdAsync(factory, "Lotte", "Jansen");
        using var older = await factory.LoginAsync(DemoAccounts.Email("leerling"));
        using var younger = await factory.LoginAsync(DemoAccounts.Email("leerling.onderbouw"));

        var own = WebUtility.HtmlDecode(await older.GetStringAsync("/Beeldtoestemming"));
        var saved = await ConsentPages.SaveAsync(older, daan, (ConsentPurposes.Newsletter, "ja"));
        var readOnly = WebUtility.HtmlDecode(await younger.GetStringAsync("/Beeldtoestemming"));
        var refused = await ConsentPages.SaveAsync(younger, lotte, (ConsentPurposes.Website, "nee"));

        Assert.Contains("Keuzes opslaan voor mezelf", own, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(ConsentGiver.Pupil, await factory.WithDbAsync(db => db.ConsentRecords
            .Where(r => r.PersonId == daan && r.Purpose == ConsentPurposes.Newsletter).Select(r => r.GivenBy).SingleAsync()));
        Assert.Contains("Je ouders beslissen tot je 16 bent", readOnly, StringComparison.Ordinal);
        Assert.DoesNotContain("type=\"radio\"", readOnly, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task AnotherSchool_SeesNothingOfThisSchoolsConsents()
    {
        var schoolId = await ConsentTestData.SchoolIdAsync(factory);
        var pupil = await ConsentTestData.AddPupilAsync(factory, schoolId, new DateOnly(2014, 1, 1), "2B", firstName: "Eersteschool");
        using var director = await factory.LoginAsync(DemoAccounts.Email("directeur.regenboog"));
        using var teacher = await factory.LoginAsync(DemoAccounts.Email("leerkracht.regenboog"));

        var person = await director.GetAsync($"/Beeldtoestemming/Persoon/{pupil.Id}");
        var overview = await teacher.GetAsync("/Beeldtoestemming/Overzicht?groep=2B");
        var klas = await teacher.GetAsync("/Beeldtoestemming/Klas?groep=2B&doel=website");
        var export = System.Text.Encoding.UTF8.GetString(await ConsentPages.ExportAsync(director));

        Assert.Equal(HttpStatusCode.NotFound, person.StatusCode);
        Assert.DoesNotContain(pupil.FirstName, await overview.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(pupil.FirstName, await klas.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Lotte;;Jansen", export, StringComparison.Ordinal);
        Assert.Contains("Finn;;Bos", export, StringComparison.Ordinal);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private Task<Core.Rosters.Person> PersonAsync(int id) =>
        factory.WithDbAsync(async db => (await db.People.SingleAsync(p => p.Id == id)).ToPerson());
}
