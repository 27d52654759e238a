using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Deelwijs.Core.Incidents;
using Deelwijs.Data;
using Deelwijs.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace Deelwijs.Web.Tests.Incidents;

/// <summary>POST and GET /api/v1/incidents with a school's key: created, refused, and the status only to the same school.</summary>
public sealed class IncidentApiTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(code, problem.GetProperty("code").GetString());
        return problem;
    }

    [Fact]
    public async Task Post_Is201_WithWhereItWent_AndALocation_AndNamesMatchedOnTheRoster()
    {
        using var client = fixture.CreateClient();
        var schoolId = await fixture.SchoolIdAsync(ApiFixture.FirstSchool);
        var pupil = await fixture.Factory.WithDbAsync(db => db.People.Where(p => p.SchoolId == schoolId && p.FirstName == "Daan" && p.LastName == "Jansen").SingleAsync());

        var response = await client.PostAsync("/api/v1/incidents", Json("""
            {"category": "cyberbullying", "description": "Daan wordt uitgescholden in de klassenapp.", "platform": "WhatsApp",
             "link": "https://example.org/bericht/1", "involved": ["Daan Jansen", "iemand met account @xyz"], "confidantOnly": false}
            """));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["id", "status", "routedTo"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal("open", body.GetProperty("status").GetString());
        Assert.Equal("manager", body.GetProperty("routedTo").GetString());
        var id = body.GetProperty("id").GetInt32();
        Assert.Equal($"/api/v1/incidents/{id}", response.Headers.Location?.OriginalString);

        var stored = await fixture.Factory.WithDbAsync(db => db.Incidents.AsNoTracking().Include(i => i.People).SingleAsync(i => i.Id == id));
        Assert.Equal((schoolId, IncidentCategory.Cyberbullying, "WhatsApp", "https://example.org/bericht/1"), (stored.SchoolId, stored.Category, stored.Platform, stored.Link));
        Assert.Null(stored.ReporterUserId);
        Assert.NotNull(stored.ApiKeyPrefix);
        Assert.Equal(
            [("Daan Jansen", (int?)pupil.Id, (CaseSubject?)CaseSubject.Pupil), ("iemand met account @xyz", null, null)],
            stored.People.OrderBy(p => p.Id).Select(p => (p.Name, p.PersonId, p.SubjectAs)).ToList());
    }

    [Fact]
    public async Task Post_ConfidantOnly_GoesToTheConfidant()
    {
        using var client = fixture.CreateClient();

        var response = await client.PostAsync("/api/v1/incidents", Json("""{"category": "sexting", "description": "Er gaat een foto rond.", "confidantOnly": true}"""));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("confidant", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("routedTo").GetString());
    }

    [Fact]
    public async Task Post_WithAnUnknownCategory_Is400_ListingTheCategoriesInDutch()
    {
        using var client = fixture.CreateClient();

        var problem = await ProblemAsync(await client.PostAsync("/api/v1/incidents", Json("""{"category": "pesten", "description": "x"}""")),
            HttpStatusCode.BadRequest, "category-invalid");

        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("\"pesten\" is geen soort melding", detail, StringComparison.Ordinal);
        Assert.Contains("cyberbullying, sexting, threat, stalking, hacked-account, radicalisation, memes, derailing-discussion, reputation, staff-breach, other", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"category": "threat"}""", "Vertel kort wat er gebeurde.")]
    [InlineData("""{"category": "threat", "description": "x", "link": "javascript:alert(1)"}""", "De link klopt niet")]
    [InlineData("""{"category": "threat", "description": "x", "involved": "Daan"}""", "Het veld $.involved klopt niet")]
    [InlineData("""{"category": """, "geen geldige JSON")]
    public async Task Post_WithAnIncompleteReport_Is400_SayingWhat(string json, string detail)
    {
        using var client = fixture.CreateClient();

        var problem = await ProblemAsync(await client.PostAsync("/api/v1/incidents", Json(json)), HttpStatusCode.BadRequest, "body-invalid");

        Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithoutKey_Is401_AndStoresNothing()
    {
        using var client = fixture.CreateClient(key: null);
        var before = await fixture.Factory.WithDbAsync(db => db.Incidents.CountAsync());

        await ProblemAsync(await client.PostAsync("/api/v1/incidents", Json("""{"category": "threat", "description": "x"}""")),
            HttpStatusCode.Unauthorized, "api-key-missing");

        Assert.Equal(before, await fixture.Factory.WithDbAsync(db => db.Incidents.CountAsync()));
    }

    [Fact]
    public async Task Get_GivesTheStatusOnly_ToTheSameSchool_AndAnotherSchoolsKeyGets404()
    {
        using var client = fixture.CreateClient();
        using var otherSchool = fixture.CreateClient(await fixture.CreateKeyAsync(ApiFixture.SecondSchool));
        using var noKey = fixture.CreateClient(key: null);
        var created = await client.PostAsync("/api/v1/incidents", Json("""{"category": "threat", "description": "Geheime inhoud van de melding."}"""));
        var location = created.Headers.Location!.OriginalString;

        var own = await client.GetAsync(location);
        var other = await otherSchool.GetAsync(location);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var text = await own.Content.ReadAsStringAsync();
        var status = JsonDocument.Parse(text).RootElement;
        Assert.Equal(["id", "status", "routedTo", "createdAt"], status.EnumerateObject().Select(p => p.Name));
        Assert.Equal("open", status.GetProperty("status").GetString());
        Assert.DoesNotContain("Geheime inhoud", text, StringComparison.Ordinal);
        await ProblemAsync(other, HttpStatusCode.NotFound, "not-found");
        await ProblemAsync(await noKey.GetAsync(location), HttpStatusCode.Unauthorized, "api-key-missing");
        await ProblemAsync(await client.GetAsync("/api/v1/incidents/999999"), HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task Get_AfterTheCaseIsClosed_SaysClosed()
    {
        using var client = fixture.CreateClient();
        var created = await (await client.PostAsync("/api/v1/incidents", Json("""{"category": "other", "description": "x"}"""))).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetInt32();
        await fixture.Factory.WithDbAsync(db => db.Incidents.Where(i => i.Id == id).ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, IncidentStatus.Closed)));

        var status = await client.GetFromJsonAsync<JsonElement>($"/api/v1/incidents/{id}");

        Assert.Equal("closed", status.GetProperty("status").GetString());
    }

    [Fact]
    public async Task TheOpenApiDocument_DescribesBothEndpoints()
    {
        using var client = fixture.CreateClient(key: null);

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        Assert.True(paths.GetProperty("/api/v1/incidents").TryGetProperty("post", out var post));
        Assert.True(paths.GetProperty("/api/v1/incidents/{id}").TryGetProperty("get", out _));
        Assert.Equal("Meld iets dat online misging", post.GetProperty("summary").GetString());
        Assert.True(post.GetProperty("responses").TryGetProperty("201", out _));
        Assert.Contains("IncidentRequestBody", document.GetProperty("components").GetProperty("schemas").EnumerateObject().Select(p => p.Name));
    }
}
