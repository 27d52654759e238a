using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Deelwijs.Core.Consent;
using Deelwijs.Core.Rosters;
using Deelwijs.Data;
using Deelwijs.Web.Tests.Checks;
using Microsoft.EntityFrameworkCore;

namespace Deelwijs.Web.Tests.Api;

/// <summary>Media in POST /api/v1/checks: base64 in JSON or files in multipart, with consents read at the moment of the check.</summary>
public sealed class CheckApiMediaTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    private static async Task<List<JsonElement>> FindingsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. json.GetProperty("findings").EnumerateArray()];
    }

    private static IEnumerable<string> Kinds(IEnumerable<JsonElement> findings) => findings.Select(f => f.GetProperty("kind").GetString()!);

    /// <summary>A pupil of its own on the first school's roster, with an answer for social media this school year.</summary>
    private async Task<string> PupilWithConsentAsync(params bool[] answers)
    {
        var schoolId = await fixture.SchoolIdAsync(ApiFixture.FirstSchool);
        var firstName = "Noor" + Guid.NewGuid().ToString("N")[..6];
        var today = DateOnly.FromDateTime(DateTime.Today);
        await fixture.Factory.WithDbAsync(async db =>
        {
            var person = new SchoolPerson { SchoolId = schoolId, Kind = PersonKind.Pupil, FirstName = firstName, LastName = "Visser", BirthDate = today.AddYears(-12), Group = "1A" };
            db.People.Add(person);
            await db.SaveChangesAsync();
            var at = DateTimeOffset.UtcNow;
            foreach (var granted in answers)
            {
                at = at.AddSeconds(1);
                db.ConsentRecords.Add(new ConsentRecord
                {
                    SchoolId = schoolId, PersonId = person.Id, Purpose = ConsentPurposes.SocialMedia, Granted = granted,
                    SchoolYear = SchoolYear.Of(today), GivenOn = today, GivenBy = ConsentGiver.Parent, Method = ConsentMethod.Form, RecordedAt = at,
                });
            }

            return await db.SaveChangesAsync();
        });
        return $"{firstName} Visser";
    }

    private static object Body(string? depicts, byte[] photo, string channel = "school-account") => new
    {
        text = "Wat een mooie sportdag!",
        channel,
        role = "communications",
        depicts = depicts is null ? Array.Empty<string>() : [depicts],
        media = new[] { new { fileName = "sportdag.jpg", content = Convert.ToBase64String(photo) } },
    };

    [Fact]
    public async Task A_photo_in_base64_is_checked_for_location_and_for_the_people_tagged_in_it()
    {
        using var client = fixture.CreateClient();

        var findings = await FindingsAsync(await client.PostAsync("/api/v1/checks", Json(Body(null, ExampleMedia.PhotoWithLocation))));

        Assert.Contains("media.location", Kinds(findings));
        var consent = findings.Where(f => f.GetProperty("kind").GetString() == "media.consent-missing").Select(f => f.GetProperty("message").GetString()!).ToList();
        Assert.Contains(consent, m => m.Contains("Sanne van der Berg", StringComparison.Ordinal));
        Assert.Contains(consent, m => m.Contains("Daan Jansen", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_pupil_with_consent_may_be_on_the_photo_and_a_withdrawal_counts_in_the_next_check()
    {
        var name = await PupilWithConsentAsync(true);
        using var client = fixture.CreateClient();

        var before = await FindingsAsync(await client.PostAsync("/api/v1/checks", Json(Body(name, ExampleMedia.PhotoWithoutMetadata))));
        Assert.DoesNotContain("media.consent-missing", Kinds(before));

        var schoolId = await fixture.SchoolIdAsync(ApiFixture.FirstSchool);
        await fixture.Factory.WithDbAsync(async db =>
        {
            var person = await db.People.SingleAsync(p => p.SchoolId == schoolId && p.FirstName + " " + p.LastName == name);
            var today = DateOnly.FromDateTime(DateTime.Today);
            db.ConsentRecords.Add(new ConsentRecord
            {
                SchoolId = schoolId, PersonId = person.Id, Purpose = ConsentPurposes.SocialMedia, Granted = false,
                SchoolYear = SchoolYear.Of(today), GivenOn = today, GivenBy = ConsentGiver.Parent, Method = ConsentMethod.Portal,
                RecordedAt = DateTimeOffset.UtcNow.AddMinutes(1),
            });
            return await db.SaveChangesAsync();
        });

        var after = await FindingsAsync(await client.PostAsync("/api/v1/checks", Json(Body(name, ExampleMedia.PhotoWithoutMetadata))));
        var finding = Assert.Single(after, f => f.GetProperty("kind").GetString() == "media.consent-missing");
        Assert.Contains(name, finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("forbidden", finding.GetProperty("action").GetString());
    }

    [Fact]
    public async Task The_channel_decides_the_purpose_so_social_media_consent_does_not_cover_the_website()
    {
        var name = await PupilWithConsentAsync(true);
        using var client = fixture.CreateClient();

        var findings = await FindingsAsync(await client.PostAsync("/api/v1/checks", Json(Body(name, ExampleMedia.PhotoWithoutMetadata, channel: "website"))));

        Assert.Contains("media.consent-missing", Kinds(findings));
    }

    [Fact]
    public async Task Multipart_takes_the_request_as_json_and_the_files_as_media()
    {
        using var client = fixture.CreateClient();
        using var form = new MultipartFormDataContent
        {
            { new StringContent("""{"id": "m1", "text": "Sportdag!", "channel": "school-account", "role": "communications"}""", Encoding.UTF8, "application/json"), "request" },
        };
        var file = new ByteArrayContent(ExampleMedia.PhotoWithLocation);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(file, "media", "sportdag.jpg");

        var response = await client.PostAsync("/api/v1/checks", form);

        var findings = await FindingsAsync(response);
        Assert.Contains("media.location", Kinds(findings));
        Assert.Contains("media.consent-missing", Kinds(findings));
    }

    [Fact]
    public async Task A_file_that_is_no_media_is_a_problem_naming_the_file()
    {
        using var client = fixture.CreateClient();
        var body = new { text = "Hoi", media = new[] { new { fileName = "notulen.pdf", content = Convert.ToBase64String("%PDF-1.7 notulen"u8.ToArray()) } } };

        var response = await client.PostAsync("/api/v1/checks", Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("media-invalid", problem.GetProperty("code").GetString());
        Assert.Contains("'notulen.pdf'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pupil_of_another_school_is_unknown_here()
    {
        var name = await PupilWithConsentAsync(true);
        var otherKey = await fixture.CreateKeyAsync(ApiFixture.SecondSchool);
        using var other = fixture.CreateClient(otherKey);

        var findings = await FindingsAsync(await other.PostAsync("/api/v1/checks", Json(Body(name, ExampleMedia.PhotoWithoutMetadata, channel: "school-app"))));

        var finding = Assert.Single(findings, f => f.GetProperty("kind").GetString() == "media.consent-missing");
        Assert.Contains("niet in de leerlingenlijst", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
