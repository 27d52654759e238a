using System.Globalization;
using System.Net;
using Deelwijs.Core.Rosters;
using Deelwijs.Data;
using Deelwijs.Documents;
using Deelwijs.Web.Demo;
using Deelwijs.Web.Tests.Consent;
using Microsoft.EntityFrameworkCore;

namespace Deelwijs.Web.Tests.Incidents;

/// <summary>"Brief maken" on a case: the PDF is downloaded and filed with the case and in the dossier; a school's own text is used for its letters only.</summary>
public sealed class CaseLetterTests : IAsyncLifetime
{
    private const string OwnSentence = "Op het Noorderlicht bespreken we dit altijd samen met de mentor.";

    private readonly DeelwijsWebFactory factory = DeelwijsWebFactory.WithSqlite();

    [Fact]
    public async Task AGeneratedLetter_IsFiledWithTheCaseAndInTheDossier_AndNamesThePupil()
    {
        using var pupil = await factory.LoginAsync(DemoAccounts.Email("leerling"));
        using var manager = await factory.LoginAsync(DemoAccounts.Email("teamleider"));
        var subject = await AddPupilAsync(DemoOrganisation.FirstSchoolName);
        var name = $"{subject.FirstName} Testkind";
        var id = await IncidentPages.ReportAsync(pupil, people: [subject.Id]);

        var form = WebUtility.HtmlDecode(await manager.GetStringAsync(LetterPath(id, LetterTemplates.InvitationPupil)));
        var response = await PostLetterAsync(manager, id, LetterTemplates.InvitationPupil, Invitation(name));

        Assert.Contains($"value=\"{name}\"", form, StringComparison.Ordinal);
        Assert.Contains("value=\"Bram Visser\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var text = PdfText.All(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains(name, text, StringComparison.Ordinal);
        Assert.Contains("donderdag 3 december 2026 om 15.30 uur", text, StringComparison.Ordinal);

        var document = await factory.WithDbAsync(db => db.IncidentDocuments.SingleAsync(d => d.IncidentId == id));
        Assert.Equal("application/pdf", document.ContentType);
        Assert.Contains(name, PdfText.All(document.Content), StringComparison.Ordinal);
        var entry = await factory.WithDbAsync(db => db.DossierEntries.SingleAsync(e => e.IncidentDocumentId == document.Id));
        Assert.Equal(subject.Id, entry.PersonId);
        Assert.StartsWith("Brief bij Melding", entry.Title, StringComparison.Ordinal);
        Assert.Contains("Uitnodiging voor een gesprek", WebUtility.HtmlDecode(await manager.GetStringAsync($"/Dossier/{subject.Id}")), StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.IncidentId == id && a.Action == AuditAction.DocumentAdded)));
    }

    [Fact]
    public async Task AMissingField_ShowsTheDutchMessage_AndStoresNothing()
    {
        using var pupil = await factory.LoginAsync(DemoAccounts.Email("leerling"));
        using var manager = await factory.LoginAsync(DemoAccounts.Email("teamleider"));
        var subject = await AddPupilAsync(DemoOrganisation.FirstSchoolName);
        var id = await IncidentPages.ReportAsync(pupil, people: [subject.Id]);
        var values = Invitation($"{subject.FirstName} Testkind");
        values.Remove(Placeholders.GesprekDatum);

        var response = await PostLetterAsync(manager, id, LetterTemplates.InvitationPupil, values);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Het invulveld {{gesprek_datum}}", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.IncidentDocuments.AnyAsync(d => d.IncidentId == id)));
    }

    [Fact]
    public async Task ASchoolsEditedTemplate_IsUsedForItsLetters_AndAnotherSchoolStillGetsTheDefault()
    {
        using var director = await factory.LoginAsync(DemoAccounts.Email("directeur"));
        var standard = LetterTemplates.Find(LetterTemplates.InvitationPupil)!;
        var refused = await PostFormAsync(director, "/Beheer/Brieven/invitation-pupil?handler=Bewaren", new() { ["Body"] = standard.Body + "\n\nTot {{morgen}}." });
        var checkedPage = WebUtility.HtmlDecode(await (await PostFormAsync(director, "/Beheer/Brieven/invitation-pupil?handler=Controleer", new() { ["Body"] = "Beste {{leerling}},\n\nTot {{morgen}}." })).Content.ReadAsStringAsync());
        var saved = await PostFormAsync(director, "/Beheer/Brieven/invitation-pupil?handler=Bewaren", new() { ["Body"] = standard.Body + "\n\n" + OwnSentence });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Regel 3, kolom 5", checkedPage, StringComparison.Ordinal);
        Assert.Contains("{{morgen}}", checkedPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("eigen tekst", await director.GetStringAsync("/Beheer/Brieven"), StringComparison.Ordinal);

        using var reporter = await factory.LoginAsync(DemoAccounts.Email("leerling"));
        using var manager = await factory.LoginAsync(DemoAccounts.Email("teamleider"));
        var own = await AddPupilAsync(DemoOrganisation.FirstSchoolName);
        var ownCase = await IncidentPages.ReportAsync(reporter, people: [own.Id]);
        var ownLetter = PdfText.All(await (await PostLetterAsync(manager, ownCase, LetterTemplates.InvitationPupil, Invitation($"{own.FirstName} Testkind"))).Content.ReadAsByteArrayAsync());

        using var otherReporter = await factory.LoginAsync(DemoAccounts.Email("leerkracht.regenboog"));
        using var otherDirector = await factory.LoginAsync(DemoAccounts.Email("directeur.regenboog"));
        var other = await AddPupilAsync(DemoOrganisation.SecondSchoolName);
        var otherCase = await IncidentPages.ReportAsync(otherReporter, people: [other.Id]);
        var otherResponse = await PostLetterAsync(otherDirector, otherCase, LetterTemplates.InvitationPupil, Invitation($"{other.FirstName} Testkind"));
        var otherLetter = PdfText.All(await otherResponse.Content.ReadAsByteArrayAsync());

        Assert.Contains(OwnSentence, ownLetter, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, otherResponse.StatusCode);
        Assert.DoesNotContain(OwnSentence, otherLetter, StringComparison.Ordinal);
        Assert.Contains("Kunt u op dat moment niet?", otherLetter, StringComparison.Ordinal);

        var reset = await PostFormAsync(director, "/Beheer/Brieven/invitation-pupil?handler=Standaard", []);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.LetterTemplates.AnyAsync()));
    }

    [Fact]
    public async Task TheLetterPage_IsNotFound_ForSomeoneWhoDoesNotHandleTheCase()
    {
        using var pupil = await factory.LoginAsync(DemoAccounts.Email("leerling"));
        using var otherDirector = await factory.LoginAsync(DemoAccounts.Email("directeur.regenboog"));
        var id = await IncidentPages.ReportAsync(pupil);

        var response = await otherDirector.GetAsync(LetterPath(id, LetterTemplates.InvitationPupil));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static Dictionary<string, string> Invitation(string pupil) => new()
    {
        [Placeholders.Leerling] = pupil,
        [Placeholders.Ouders] = "Karin en Peter Testkind",
        [Placeholders.Datum] = "1 december 2026",
        [Placeholders.GesprekDatum] = "donderdag 3 december 2026 om 15.30 uur",
        [Placeholders.Reden] = "In de groepsapp is een klasgenoot uitgescholden.",
        [Placeholders.Ondertekenaar] = "Bram Visser",
        [Placeholders.Functie] = "teamleider onderbouw",
    };

    private static string LetterPath(int id, string code) => string.Create(CultureInfo.InvariantCulture, $"/Meldingen/Brief/{id}/{code}");

    private static Task<HttpResponseMessage> PostLetterAsync(HttpClient client, int id, string code, Dictionary<string, string> values) =>
        PostFormAsync(client, LetterPath(id, code), values.ToDictionary(v => $"Values[{v.Key}]", v => v.Value));

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await AccountPages.AntiForgeryTokenAsync(client, "/Melden");
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(path, content);
    }

    private async Task<SchoolPerson> AddPupilAsync(string school)
    {
        var schoolId = await ConsentTestData.SchoolIdAsync(factory, school);
        return await factory.WithDbAsync(async db =>
        {
            var person = new SchoolPerson
            {
                SchoolId = schoolId, Kind = PersonKind.Pupil, FirstName = "Kind" + Guid.NewGuid().ToString("N")[..8], LastName = "Testkind", Group = "5A",
            };
            db.People.Add(person);
            await db.SaveChangesAsync();
            return person;
        });
    }

    public Task InitializeAsync()
    {
        _ = factory.ServerAddress;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();
}
