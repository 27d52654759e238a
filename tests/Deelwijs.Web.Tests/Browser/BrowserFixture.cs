using Deelwijs.Web.Checks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Deelwijs.Web.Tests.Browser;

/// <summary>
/// The app on a real Kestrel port with the demo organisation, and Debian's Chromium driven by Playwright
/// (no browser download: <c>/usr/bin/chromium</c>, which CI installs).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public DeelwijsWebFactory Factory { get; } = DeelwijsWebFactory.WithSqlite();

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots go: TestResults/screenshots under the test output folder.</summary>
    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is not installed at {ChromiumPath}: run 'apt-get install -y chromium' (CI's .ci/run does).");
        }

        _ = Factory.ServerAddress;

        // Build the demo schools' engines now, so a slow first build on a busy machine does not count against a page's timeout.
        var engines = Factory.Services.GetRequiredService<SchoolEngines>();
        foreach (var schoolId in await Factory.WithDbAsync(db => db.Schools.Select(s => s.Id).ToListAsync()))
        {
            await engines.GetAsync(schoolId);
        }

        Assertions.SetDefaultExpectTimeout(30_000);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        });
    }

    /// <summary>A fresh browser context (own cookies) on a new page, with the app as base URL.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Factory.ServerAddress.ToString(),
            Locale = "nl-NL",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(60_000);
        return await context.NewPageAsync();
    }

    public static async Task LoginAsync(IPage page, string email)
    {
        ArgumentNullException.ThrowIfNull(page);

        // On a loaded CI machine a click can land before the login page is ready; logging in is not what these tests test.
        for (var attempt = 1; ; attempt++)
        {
            await page.GotoAsync("/Account/Inloggen");
            await page.GetByLabel("E-mailadres").FillAsync(email);
            await page.GetByLabel("Wachtwoord").FillAsync(Demo.DemoAccounts.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
            try
            {
                await page.WaitForURLAsync(url => !url.Contains("/Account/Inloggen", StringComparison.Ordinal),
                    new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 30_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        await Factory.DisposeAsync();
    }
}
