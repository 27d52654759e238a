using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Deelwijs.Web.Api;
using Microsoft.Extensions.DependencyInjection;

namespace Deelwijs.Web.Tests.Api;

public sealed class CheckApiTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    [Fact]
    public async Task WithoutKey_Is401_ApiKeyMissing()
    {
        using var client = fixture.CreateClient(key: null);

        var response = await client.PostAsync("/api/v1/checks", Json("""{"text": "Hallo"}"""));

        var problem = await ProblemAsync(response, HttpStatusCode.Unauthorized, "api-key-missing");
        Assert.Equal("API-sleutel ontbreekt", problem.GetProperty("title").GetString());
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Theory]
    [InlineData("kort")]
    [InlineData("dw_eenSleutelDieNiemandHeeft1234567890")]
    public async Task WithAWrongKey_Is401_ApiKeyInvalid(string key)
    {
        using var client = fixture.CreateClient(key);

        await ProblemAsync(await client.PostAsync("/api/v1/checks", Json("""{"text": "Hallo"}""")), HttpStatusCode.Unauthorized, "api-key-invalid");
    }

    [Theory]
    [InlineData("{\"text\": ", "geen geldige JSON")]
    [InlineData("{\"channel\": \"website\"}", "Het veld \"text\" ontbreekt")]
    [InlineData("{\"text\": \"x\", \"channel\": \"fax\"}", "Onbekende waarde \"fax\" voor \"channel\"")]
    [InlineData("{\"text\": \"x\", \"duringLesson\": \"ja\"}", "\"duringLesson\" moet true of false zijn")]
    public async Task MalformedBody_Is400_SayingInDutchWhatIsWrong(string body, string detail)
    {
        using var client = fixture.CreateClient();

        var problem = await ProblemAsync(await client.PostAsync("/api/v1/checks", Json(body)), HttpStatusCode.BadRequest, "body-invalid");

        Assert.Equal("Het verzoek klopt niet", problem.GetProperty("title").GetString());
        Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TooLongText_Is400_TextTooLong()
    {
        using var client = fixture.CreateClient();
        var body = JsonSerializer.Serialize(new { text = new string('a', 20_001) });

        await ProblemAsync(await client.PostAsync("/api/v1/checks", Json(body)), HttpStatusCode.BadRequest, "text-too-long");
    }

    [Fact]
    public async Task NotJson_Is415_AsAProblemWithACode()
    {
        using var client = fixture.CreateClient();

        await ProblemAsync(await client.PostAsync("/api/v1/checks", new StringContent("Hallo", Encoding.UTF8, "text/plain")),
            HttpStatusCode.UnsupportedMediaType, "content-type-invalid");
    }

    [Fact]
    public async Task ValidRequest_AnswersWithExactlyTheContractsJson()
    {
        using var client = fixture.CreateClient();

        var response = await client.PostAsync("/api/v1/checks", Json(
            """{"id": "a1", "text": "Bel me op 06-12345678, wat een kutdag", "channel": "private-account", "role": "staff", "negativeThread": false}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["id", "verdict", "protocol", "findings", "reminders"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("a1", json.GetProperty("id").GetString());
        Assert.Equal("not-allowed", json.GetProperty("verdict").GetString());
        Assert.Equal("ssoe", json.GetProperty("protocol").GetProperty("id").GetString());
        var phone = json.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("kind").GetString() == "personal-data.phone");
        Assert.Equal(["kind", "action", "rules", "start", "length", "excerpt", "message", "suggestion"], phone.EnumerateObject().Select(p => p.Name));
        Assert.Equal(10, phone.GetProperty("start").GetInt32());
        Assert.Equal("06-12345678", phone.GetProperty("excerpt").GetString());
        Assert.StartsWith("ssoe/", phone.GetProperty("rules")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains(json.GetProperty("findings").EnumerateArray(), f => f.GetProperty("kind").GetString() == "language.profanity");
    }

    [Fact]
    public async Task AKey_ChecksOnlyAgainstItsOwnSchoolsProtocol()
    {
        var secondSchoolKey = await fixture.CreateKeyAsync(ApiFixture.SecondSchool);
        using var first = fixture.CreateClient();
        using var second = fixture.CreateClient(secondSchoolKey);
        const string body = """{"text": "Gezellig schoolreisje vandaag!"}""";

        var firstResult = await (await first.PostAsync("/api/v1/checks", Json(body))).Content.ReadFromJsonAsync<JsonElement>();
        var secondResult = await (await second.PostAsync("/api/v1/checks", Json(body))).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("ssoe", firstResult.GetProperty("protocol").GetProperty("id").GetString());
        Assert.Equal("de-regenboog", secondResult.GetProperty("protocol").GetProperty("id").GetString());
    }

    [Fact]
    public async Task ARevokedKey_Is401()
    {
        var key = await fixture.CreateKeyAsync(ApiFixture.FirstSchool);
        using var client = fixture.CreateClient(key);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/v1/checks", Json("""{"text": "Hoi"}"""))).StatusCode);

        var stored = (await fixture.KeysAsync()).Single(k => k.Hash == ApiKeyFormat.Hash(key));
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<ApiKeyStore>().RevokeAsync(stored.SchoolId, stored.Id, CancellationToken.None));
        }

        await ProblemAsync(await client.PostAsync("/api/v1/checks", Json("""{"text": "Hoi"}""")), HttpStatusCode.Unauthorized, "api-key-invalid");
    }

    [Fact]
    public async Task KeysAreStoredAsAHashAndAPrefixOnly()
    {
        var key = await fixture.CreateKeyAsync(ApiFixture.FirstSchool);

        var stored = (await fixture.KeysAsync()).Single(k => k.Hash == ApiKeyFormat.Hash(key));

        Assert.StartsWith("dw_", key, StringComparison.Ordinal);
        Assert.True(key.Length >= 40);
        Assert.Equal(key[..stored.Prefix.Length], stored.Prefix);
        Assert.Equal(64, stored.Hash.Length);
        Assert.DoesNotContain(key, stored.Hash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheCheckEndpointAndTheBearerKey()
    {
        using var client = fixture.CreateClient(key: null);

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var post = document.GetProperty("paths").GetProperty("/api/v1/checks").GetProperty("post");
        Assert.True(post.GetProperty("responses").TryGetProperty("401", out _));
        Assert.True(document.GetProperty("components").GetProperty("schemas").TryGetProperty("CheckResultBody", out _));
        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty(ApiDocument.SecuritySchemeName).GetProperty("scheme").GetString());
    }
}
