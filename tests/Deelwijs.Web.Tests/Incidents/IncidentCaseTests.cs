using System.Net;
using Deelwijs.Data;
using Deelwijs.Web.Demo;
using Deelwijs.Web.Tests.Consent;
using Microsoft.EntityFrameworkCore;

namespace Deelwijs.Web.Tests.Incidents;

/// <summary>Reporting, seeing and handling a case over HTTP: who may see it, the ladder's next steps, steps, facts and closing.</summary>
public sealed class IncidentCaseTests : IAsyncLifetime
{
    private readonly DeelwijsWebFactory factory = DeelwijsWebFactory.WithSqlite();

    [Fact]
    public async Task APupilReports_TheManagerSeesTheCase_AndThePupilOnlyItsStatus()
    {
        using var pupil = await factory.LoginAsync(DemoAccounts.Email("leerling"));
        using var manager = await factory.LoginAsync(DemoAccounts.Email("teamleider"));
        var bully = await AddPupilAsync();

        var id = await IncidentPages.ReportAsync(pupil, people: [bully.Id]);
        var receipt = WebUtility.HtmlDecode(await pupil.GetStringAsync($"/Melden/Ontvangen/{id}"));
        var list = await manager.GetStringAsync("/Meldingen");
        var page = WebUtility.HtmlDecode(await manager.GetStringAsync(IncidentPages.CasePath(id)));
        var mine = WebUtility.HtmlDecode(await pupil.GetStringAsync("/Melden/Mijn"));

        Assert.Contains("Je meldnummer is", receipt, StringComparison.Ordinal);
        Assert.Contains("De teamleider of leidinggevende", receipt, StringComparison.Ordinal);
        Assert.Contains(IncidentPages.CasePath(id), list, StringComparison.Ordinal);
        Assert.Contains("In de groepsapp van klas 5A wordt een leerling uitgescholden.", page, StringComparison.Ordinal);
        Assert.Contains($"{bully.FirstName} Testkind", page, StringComparison.Ordinal);
        Assert.Contains("De leerkracht praat met de leerling over wat er gebeurde", IncidentPages.NextSteps(page), StringComparison.Ordinal);
        Assert.Contains("Ontvangen", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("uitgescholden", mine, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await pupil.GetAsync(IncidentPages.CasePath(id))).StatusCode);
    }

    [Fact]
    public async Task AConfidantOnlyCase_IsSeenByTheConfidantOnly_NotEvenTheDirector()
    {
        using var pupil = await factory.LoginAsync(DemoAccounts.Email("leerling"));
        using var director = await factory.LoginAsync(DemoAccounts.Email("directeur"));
        using var manager = await factory.LoginAsync(DemoAccounts.Email("teamleider"));
        using var board = await factory.LoginAsync(DemoAccounts.Email("bestuur"));
        using var confidant = await factory.LoginAsync(DemoAccounts.Email("vertrouwenspersoon"));

        var id = await IncidentPages.ReportAsync(pupil, category: "sexting", confidantOnly: true, description: "Vertrouwelijk verhaal.");

        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync(IncidentPages.CasePath(id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync(IncidentPages.CasePath(id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await board.GetAsync(IncidentPages.CasePath(id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await IncidentPages.RecordStepAsync(director, id, "gesprek-leerkracht")).StatusCode);
        Assert.DoesNotContain(IncidentPages.CasePath(id), await director.GetStringAsync("/Meldingen"), StringComparison.Ordinal);
        var page = WebUtility.HtmlDecode(await confidant.GetStringAsync(IncidentPages.CasePath(id)));
        Assert.Contains("Vertrouwelijk verhaal.", page, StringComparison.Ordinal);
        Assert.Contains("Alleen voor de vertrouwenspersoon.", page, StringComparison.Ordinal);
        Assert.Contains(IncidentPages.CasePath(id), await confidant.GetStringAsync("/Meldingen"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherSchoolsHandler_GetsNotFound_AndCannotChangeTheCase()
    {
        using var pupil = await factory.LoginAsync(DemoAccounts.Email("leerling"));
        using var other = await factory.LoginAsync(DemoAccounts.Email("directeur.regenboog"));
        var id = await IncidentPages.ReportAsync(pupil);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(IncidentPages.CasePath(id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await IncidentPages.RecordStepAsync(other, id, "gesprek-leerkracht")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await IncidentPages.PostAsync(other, id, "Sluiten")).StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.IncidentSteps.CountAsync(s => s.IncidentId == id)));
        Assert.Equal(IncidentStatus.Open, await factory.WithDbAsync(db => db.Incidents.Where(i => i.Id == id).Select(i => i.Status).SingleAsync()));
    }

    [Fact]
    public async Task ACase_CannotCloseWhileASuspensionOfTwoDaysIsNotReportedToTheInspectie_AndCanAfter()
    {
        using var pupil = await factory.LoginAsync(DemoAccounts.Email("leerling"));
        using var manager = await factory.LoginAsync(DemoAccounts.Email("teamleider"));
        var id = await IncidentPages.ReportAsync(pupil, people: [(await AddPupilAsync()).Id]);
        Assert.Equal(HttpStatusCode.Redirect, (await IncidentPages.RecordStepAsync(manager, id, "gesprek-leerkracht", present: "mentor en leerling")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await IncidentPages.SetFactsAsync(manager, id, suspensionDays: 2)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await IncidentPages.RecordStepAsync(manager, id, "schorsing", outcome: "Twee dagen geschorst.")).StatusCode);

        var page = WebUtility.HtmlDecode(await manager.GetStringAsync(IncidentPages.CasePath(id)));
        var refused = await IncidentPages.PostAsync(manager, id, "Sluiten");

        Assert.Contains("dw-ladder-step--mandatory", page, StringComparison.Ordinal);
        Assert.Contains("de verplichte stap 'Schorsing langer dan een dag schriftelijk melden aan de Inspectie en de ouders'", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("kan nog niet worden afgesloten", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(IncidentStatus.Open, await StatusAsync(id));

        Assert.Equal(HttpStatusCode.Redirect, (await IncidentPages.RecordStepAsync(manager, id, "melding-inspectie", outcome: "Gemeld via het Internet Schooldossier.")).StatusCode);
        var closed = await IncidentPages.PostAsync(manager, id, "Sluiten");

        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Equal(IncidentStatus.Closed, await StatusAsync(id));
        Assert.Equal(HttpStatusCode.Conflict, (await IncidentPages.RecordStepAsync(manager, id, "zorgstructuur")).StatusCode);
    }

    [Fact]
    public async Task AnEarlierCaseOfTheSamePupil_MakesTheManagersConversationANextStep()
    {
        using var pupil = await factory.LoginAsync(DemoAccounts.Email("leerling"));
        using var manager = await factory.LoginAsync(DemoAccounts.Email("teamleider"));
        var bully = await AddPupilAsync();
        var other = await AddPupilAsync();

        var first = await IncidentPages.ReportAsync(pupil, people: [bully.Id]);
        var unrelated = await IncidentPages.ReportAsync(pupil, people: [other.Id]);
        var second = await IncidentPages.ReportAsync(pupil, category: "memes", people: [bully.Id]);
        var firstPage = WebUtility.HtmlDecode(await manager.GetStringAsync(IncidentPages.CasePath(first)));
        var secondPage = WebUtility.HtmlDecode(await manager.GetStringAsync(IncidentPages.CasePath(second)));
        var unrelatedPage = WebUtility.HtmlDecode(await manager.GetStringAsync(IncidentPages.CasePath(unrelated)));

        Assert.DoesNotContain("De teamleider praat met de leerling", IncidentPages.NextSteps(firstPage), StringComparison.Ordinal);
        Assert.DoesNotContain("De teamleider praat met de leerling", IncidentPages.NextSteps(unrelatedPage), StringComparison.Ordinal);
        Assert.Contains("De teamleider praat met de leerling", IncidentPages.NextSteps(secondPage), StringComparison.Ordinal);
        Assert.Contains("bij herhaling (1 eerdere zaak)", secondPage, StringComparison.Ordinal);
        Assert.Contains("Let op: herhaling.", secondPage, StringComparison.Ordinal);
        var refused = await IncidentPages.PostAsync(manager, second, "Sluiten");
        Assert.Contains("De teamleider praat met de leerling", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bestaat-niet", null, "Kies een stap van de ladder.")]
    [InlineData("politie", null, "Schrijf de uitkomst op")]
    public async Task ARecordedStep_IsCheckedAgainstTheLadder(string stepId, string? outcome, string error)
    {
        using var pupil = await factory.LoginAsync(DemoAccounts.Email("leerling"));
        using var manager = await factory.LoginAsync(DemoAccounts.Email("teamleider"));
        var id = await IncidentPages.ReportAsync(pupil);

        var response = await IncidentPages.RecordStepAsync(manager, id, stepId, outcome);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(error, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await factory.WithDbAsync(db => db.IncidentSteps.CountAsync(s => s.IncidentId == id)));
    }

    [Fact]
    public async Task ViewsAndChanges_AreInTheAuditLog_WhichCannotBeChangedOrDeleted()
    {
        using var pupil = await factory.LoginAsync(DemoAccounts.Email("leerling"));
        using var manager = await factory.LoginAsync(DemoAccounts.Email("teamleider"));
        var id = await IncidentPages.ReportAsync(pupil);
        await manager.GetStringAsync(IncidentPages.CasePath(id));
        await IncidentPages.RecordStepAsync(manager, id, "gesprek-leerkracht");

        var log = await factory.WithDbAsync(db => db.AuditLog.AsNoTracking().Where(a => a.IncidentId == id).OrderBy(a => a.Id).ToListAsync());

        Assert.Equal([AuditAction.CaseReported, AuditAction.CaseViewed, AuditAction.StepRecorded], log.Select(a => a.Action).Take(3).ToList());
        Assert.Equal(["Daan Jansen", "Bram Visser", "Bram Visser"], log.Select(a => a.Actor).Take(3).ToList());
        Assert.Contains("De leerkracht praat met de leerling", log[2].Detail, StringComparison.Ordinal);
        var edit = await Assert.ThrowsAsync<InvalidOperationException>(() => factory.WithDbAsync(async db =>
        {
            (await db.AuditLog.FirstAsync(a => a.IncidentId == id)).Detail = "niets gebeurd";
            return await db.SaveChangesAsync();
        }));
        var delete = await Assert.ThrowsAsync<InvalidOperationException>(() => factory.WithDbAsync(async db =>
        {
            db.AuditLog.Remove(await db.AuditLog.FirstAsync(a => a.IncidentId == id));
            return await db.SaveChangesAsync();
        }));
        Assert.Contains("kan niet worden gewijzigd of gewist", edit.Message, StringComparison.Ordinal);
        Assert.Contains("kan niet worden gewijzigd of gewist", delete.Message, StringComparison.Ordinal);
        Assert.Equal(log.Count, await factory.WithDbAsync(db => db.AuditLog.CountAsync(a => a.IncidentId == id && a.Detail != "niets gebeurd")));
    }

    [Fact]
    public async Task Evidence_MustBeAnImageOrPdfOfAtMostTenMegabytes()
    {
        using var pupil = await factory.LoginAsync(DemoAccounts.Email("leerling"));
        var photo = Checks.ExampleMedia.PhotoWithoutMetadata;
        var pdf = "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"u8.ToArray();

        var text = await IncidentPages.PostReportAsync(pupil, "cyberbullying", files: [("notitie.txt", "hallo"u8.ToArray())]);
        var large = await IncidentPages.PostReportAsync(pupil, "cyberbullying", files: [("groot.pdf", [.. pdf, .. new byte[11 * 1024 * 1024]])]);
        var id = await IncidentPages.ReportAsync(pupil, files: [("screenshot.jpg", photo), ("chat.pdf", pdf)]);

        Assert.Contains("Het bestand 'notitie.txt' is geen schermafbeelding, foto of PDF", WebUtility.HtmlDecode(await text.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains("een bestand mag hoogstens 10 MB zijn", WebUtility.HtmlDecode(await large.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var stored = await factory.WithDbAsync(db => db.IncidentDocuments.Where(d => d.IncidentId == id).OrderBy(d => d.Id).Select(d => new { d.FileName, d.ContentType, d.Size }).ToListAsync());
        Assert.Equal([("screenshot.jpg", "image/jpeg", (long)photo.Length), ("chat.pdf", "application/pdf", (long)pdf.Length)], stored.Select(d => (d.FileName, d.ContentType, d.Size)).ToList());
    }

    [Fact]
    public async Task ACheckResultWithHurtfulLanguage_OffersToReportItInOneClick()
    {
        using var teacher = await factory.LoginAsync(DemoAccounts.Email("leerkracht"));
        var result = await teacher.PostAsync("/Controleren", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Text"] = "Wat een kutschool is dit.",
            ["Input.Channel"] = "private-account",
            ["__RequestVerificationToken"] = await AccountPages.AntiForgeryTokenAsync(teacher, "/Controleren"),
        }));
        var report = await teacher.GetStringAsync("/Melden?categorie=derailing-discussion");
        var plain = await teacher.GetStringAsync("/Melden");

        Assert.Contains("href=\"/Melden?categorie=derailing-discussion\">Meld dit</a>", await result.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Matches("value=\"derailing-discussion\"\\s+checked=\"checked\"", report);
        Assert.DoesNotContain("checked=\"checked\"", plain, StringComparison.Ordinal);
    }

    private async Task<SchoolPerson> AddPupilAsync() =>
        await ConsentTestData.AddPupilAsync(factory, await ConsentTestData.SchoolIdAsync(factory), new DateOnly(2011, 5, 5), "5A");

    private Task<IncidentStatus> StatusAsync(int id) =>
        factory.WithDbAsync(db => db.Incidents.Where(i => i.Id == id).Select(i => i.Status).SingleAsync());

    public Task InitializeAsync()
    {
        _ = factory.ServerAddress;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();
}
