using Deelwijs.Data;
using Deelwijs.Web.Data;
using Deelwijs.Web.Demo;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Deelwijs.Web.Hosting;

/// <summary>Registers the database (SQLite by default, PostgreSQL by configuration) and prepares it on start.</summary>
internal static class DataHosting
{
    public static void AddDeelwijsData(this WebApplicationBuilder builder)
    {
        var settings = DatabaseSettings.From(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(settings);
        builder.Services.AddDbContext<DeelwijsDbContext>(settings.Configure);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section);
        builder.Services.AddScoped<DemoOrganisation>();
        builder.Services.AddScoped<DatabaseStartup>();
    }

    /// <summary>Applies migrations and the demo organisation when asked; returns an exit code when the process should stop (the 'migrate' command).</summary>
    public static async Task<int?> PrepareDatabaseAsync(this WebApplication app, string[] args)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DatabaseStartup>().RunAsync(args, Console.Out, app.Lifetime.ApplicationStopping);
    }
}
