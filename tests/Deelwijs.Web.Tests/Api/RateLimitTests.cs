using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Deelwijs.Web.Tests.Api;

public sealed class RateLimitTests
{
    [Fact]
    public async Task AKeyOverItsLimit_Gets429_WhileAnotherKeyGoesOn()
    {
        const string key = "demo-sleutel-met-een-limiet-01";
        await using var factory = DeelwijsWebFactory.WithSqlite(new Dictionary<string, string?>
        {
            ["Deelwijs:Demo:ApiKey"] = key,
            ["Deelwijs:Api:RequestsPerMinute"] = "2",
        });
        using var client = factory.CreateBrowserlikeClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        StringContent Body() => new("""{"text": "Hoi"}""", Encoding.UTF8, "application/json");

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/v1/checks", Body())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/v1/checks", Body())).StatusCode);
        var limited = await client.PostAsync("/api/v1/checks", Body());

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        var problem = await limited.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("rate-limited", problem.GetProperty("code").GetString());
        Assert.Equal("Te veel verzoeken", problem.GetProperty("title").GetString());
        Assert.NotNull(limited.Headers.RetryAfter);

        using var other = factory.CreateBrowserlikeClient();
        other.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "dw_eenAndereSleutel1234567890abcdef");
        Assert.Equal(HttpStatusCode.Unauthorized, (await other.PostAsync("/api/v1/checks", Body())).StatusCode);
    }
}
