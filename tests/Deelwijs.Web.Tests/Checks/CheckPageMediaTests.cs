using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Deelwijs.Core.Rosters;
using Deelwijs.Data;
using Deelwijs.Media;
using Deelwijs.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace Deelwijs.Web.Tests.Checks;

/// <summary>Photos on the check page: checked, kept in memory for the next step only for their uploader, and offered without location.</summary>
public sealed partial class CheckPageMediaTests(PagesFixture fixture) : IClassFixture<PagesFixture>
{
    private static async Task<string> PostAsync(HttpClient client, Dictionary<string, string> fields, (string Name, byte[] Content)? file = null)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await AccountPages.AntiForgeryTokenAsync(client, "/Controleren")), "__RequestVerificationToken" },
        };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        if (file is { } upload)
        {
            var content = new ByteArrayContent(upload.Content);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(content, "Uploads", upload.Name);
        }

        var response = await client.PostAsync("/Controleren", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static Dictionary<string, string> Draft(string channel = "school-app") => new()
    {
        ["Input.Text"] = "Wat een mooie sportdag!",
        ["Input.Channel"] = channel,
    };

    [Fact]
    public async Task A_photo_with_location_is_reported_and_a_clean_copy_can_be_downloaded()
    {
        using var client = await fixture.Factory.LoginAsync(DemoAccounts.Email("leerkracht"));

        var html = await PostAsync(client, Draft(), ("sportdag.jpg", ExampleMedia.PhotoWithLocation));

        Assert.Contains("Uitslag:", html, StringComparison.Ordinal);
        Assert.Contains("Locatie in foto", html, StringComparison.Ordinal);
        Assert.Contains("In het bestand zelf staan deze namen: Sanne van der Berg, Daan Jansen", html, StringComparison.Ordinal);
        var link = CleanCopyLink().Match(html).Groups[1].Value;
        var copy = await client.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, copy.StatusCode);
        Assert.Equal("sportdag-zonder-locatie.jpg", copy.Content.Headers.ContentDisposition?.FileNameStar ?? copy.Content.Headers.ContentDisposition?.FileName);
        var inspected = MediaInspector.Inspect(await copy.Content.ReadAsByteArrayAsync(), "kopie.jpg");
        Assert.False(inspected.HasLocation);
        Assert.Empty(inspected.TaggedNames);
    }

    [Fact]
    public async Task The_files_stay_with_the_draft_for_the_next_check_but_only_for_their_uploader()
    {
        using var teacher = await fixture.Factory.LoginAsync(DemoAccounts.Email("leerkracht"));
        var first = await PostAsync(teacher, Draft(), ("sportdag.jpg", ExampleMedia.PhotoWithLocation));
        var token = TokenField().Match(first).Groups[1].Value;
        Assert.NotEmpty(token);

        var again = await PostAsync(teacher, new(Draft()) { ["Input.MediaToken"] = token });
        Assert.Contains("Locatie in foto", again, StringComparison.Ordinal);

        using var colleague = await fixture.Factory.LoginAsync(DemoAccounts.Email("directeur"));
        var stolen = await colleague.GetAsync(CleanCopyLink().Match(first).Groups[1].Value);
        Assert.Equal(HttpStatusCode.NotFound, stolen.StatusCode);
        var theirs = await PostAsync(colleague, new(Draft()) { ["Input.MediaToken"] = token });
        Assert.DoesNotContain("Locatie in foto", theirs, StringComparison.Ordinal);
        Assert.Contains("Kies ze opnieuw", theirs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_no_media_is_refused_and_nothing_is_checked()
    {
        using var client = await fixture.Factory.LoginAsync(DemoAccounts.Email("leerkracht"));

        var html = await PostAsync(client, Draft(), ("notulen.pdf", "%PDF-1.7 notulen"u8.ToArray()));

        Assert.Contains("'notulen.pdf' is geen foto, video of geluidsopname", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Uitslag:", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pupil_chosen_from_the_class_list_without_consent_makes_the_post_not_allowed()
    {
        using var client = await fixture.Factory.LoginAsync(DemoAccounts.Email("leerkracht"));
        var firstName = "Ravi" + Guid.NewGuid().ToString("N")[..6];
        var personId = await fixture.Factory.WithDbAsync(async db =>
        {
            var schoolId = await db.Schools.Where(s => s.Name == DemoOrganisation.FirstSchoolName).Select(s => s.Id).SingleAsync();
            var person = new SchoolPerson { SchoolId = schoolId, Kind = PersonKind.Pupil, FirstName = firstName, LastName = "Kok", Group = "2B" };
            db.People.Add(person);
            await db.SaveChangesAsync();
            return person.Id;
        });
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/Controleren"));
        var listed = PersonCheckbox().Matches(page).Select(m => (Id: m.Groups[1].Value, Name: m.Groups[2].Value.Trim())).ToList();
        Assert.Contains((personId.ToString(CultureInfo.InvariantCulture), $"{firstName} Kok"), listed);

        var html = await PostAsync(client, new(Draft("school-account")) { ["Input.Depicted"] = personId.ToString(CultureInfo.InvariantCulture) },
            ("klas.jpg", ExampleMedia.PhotoWithoutMetadata));

        Assert.Contains("Geen toestemming voor beeld", html, StringComparison.Ordinal);
        Assert.Contains($"Voor {firstName} Kok is voor schooljaar", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("href=\"([^\"]*handler=ZonderLocatie[^\"]*)\"")]
    private static partial Regex CleanCopyLink();

    [GeneratedRegex("name=\"Input.MediaToken\" value=\"([0-9a-f]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("id=\"persoon-(\\d+)\" name=\"Input.Depicted\" value=\"\\d+\"\\s*/>\\s*<label[^>]*>([^<]+)</label>")]
    private static partial Regex PersonCheckbox();
}
