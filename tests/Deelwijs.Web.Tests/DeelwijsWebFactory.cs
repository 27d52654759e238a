using System.Net;
using Deelwijs.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Deelwijs.Web.Tests;

/// <summary>
/// The whole web app on Kestrel (real HTTP on a free port) with its own fresh database: a SQLite file in a temp
/// folder, or a new database on the tests' PostgreSQL server. Development environment, so the demo organisation is
/// there. Make one per test (class) so tests never share data.
/// </summary>
public sealed class DeelwijsWebFactory : WebApplicationFactory<Program>
{
    private readonly string? sqliteFolder;
    private readonly Dictionary<string, string?> settings;

    private DeelwijsWebFactory(Dictionary<string, string?> settings, string? sqliteFolder)
    {
        this.settings = settings;
        this.sqliteFolder = sqliteFolder;
        UseKestrel(0);
    }

    /// <summary>A fresh SQLite database file (the default provider).</summary>
    public static DeelwijsWebFactory WithSqlite(IDictionary<string, string?>? extra = null)
    {
        var folder = Directory.CreateTempSubdirectory("deelwijs-web-test-").FullName;
        var settings = new Dictionary<string, string?>(extra ?? new Dictionary<string, string?>())
        {
            ["ConnectionStrings:Deelwijs"] = $"Data Source={Path.Combine(folder, "deelwijs.db")};Pooling=False",
        };
        return new DeelwijsWebFactory(settings, folder);
    }

    /// <summary>A fresh database on the tests' PostgreSQL server.</summary>
    public static async Task<DeelwijsWebFactory> WithPostgresAsync(PostgresServer server, IDictionary<string, string?>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(server);
        var connectionString = await server.CreateDatabaseAsync();
        var settings = new Dictionary<string, string?>(extra ?? new Dictionary<string, string?>())
        {
            ["Database:Provider"] = "postgres",
            ["ConnectionStrings:Deelwijs"] = connectionString,
        };
        return new DeelwijsWebFactory(settings, null);
    }

    /// <summary>The address the app listens on (starts the server when needed).</summary>
    public Uri ServerAddress
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            return new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        }
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see every 302.</summary>
    public HttpClient CreateBrowserlikeClient() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = ServerAddress,
        };

    /// <summary>A client logged in as this (demo) account.</summary>
    public async Task<HttpClient> LoginAsync(string email, string password = Demo.DemoAccounts.Password)
    {
        var client = CreateBrowserlikeClient();
        var response = await AccountPages.LoginAsync(client, email, password);
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Login as {email} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return client;
    }

    /// <summary>Runs work against the app's database in a scope of its own.</summary>
    public async Task<T> WithDbAsync<T>(Func<DeelwijsDbContext, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<DeelwijsDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        // Fewer hashing rounds than production: the demo's fourteen accounts are hashed on every start.
        builder.ConfigureServices(services => services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && sqliteFolder is not null)
        {
            try
            {
                Directory.Delete(sqliteFolder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open on a slow machine is left to the OS's temp cleaning.
            }
        }
    }
}
