using Deelwijs.Data;
using Deelwijs.Web.Api;
using Deelwijs.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Deelwijs.Web.Tests.Api;

/// <summary>The app on its own database with the demo API key configured; tests in a class share it but make their own keys.</summary>
public sealed class ApiFixture : IAsyncLifetime
{
    public const string DemoKey = "demo-sleutel-voor-de-tests-0001";

    public DeelwijsWebFactory Factory { get; } = DeelwijsWebFactory.WithSqlite(new Dictionary<string, string?>
    {
        ["Deelwijs:Demo:ApiKey"] = DemoKey,
    });

    public HttpClient CreateClient(string? key = DemoKey)
    {
        var client = Factory.CreateBrowserlikeClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        }

        return client;
    }

    public Task<int> SchoolIdAsync(string name) =>
        Factory.WithDbAsync(db => db.Schools.Where(s => s.Name == name).Select(s => s.Id).SingleAsync());

    /// <summary>A new key for the school, made the way the director's page makes it.</summary>
    public async Task<string> CreateKeyAsync(string schoolName)
    {
        var schoolId = await SchoolIdAsync(schoolName);
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApiKeyStore>().CreateAsync(schoolId, "test", CancellationToken.None);
    }

    public Task InitializeAsync()
    {
        _ = Factory.ServerAddress;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    public static string FirstSchool => DemoOrganisation.FirstSchoolName;

    public static string SecondSchool => DemoOrganisation.SecondSchoolName;

    public Task<List<ApiKey>> KeysAsync() => Factory.WithDbAsync(db => db.ApiKeys.AsNoTracking().ToListAsync());
}
