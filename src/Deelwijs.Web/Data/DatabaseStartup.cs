using System.Globalization;
using Deelwijs.Data;
using Deelwijs.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Deelwijs.Web.Data;

/// <summary>
/// What happens to the database when the app starts: <c>migrate</c> applies migrations and stops; the demo
/// (Development, <c>--demo</c> or Deelwijs:Demo:Enabled) migrates and seeds; otherwise the schema must be current.
/// </summary>
public sealed class DatabaseStartup(
    DeelwijsDbContext db,
    DemoOrganisation demo,
    IHostEnvironment environment,
    IOptions<DemoOptions> demoOptions,
    ILogger<DatabaseStartup> logger)
{
    public const string MigrateCommand = "migrate";
    public const string MigrateOption = "--migrate";
    public const string DemoOption = "--demo";

    /// <summary>Returns an exit code when the process should stop, or null to go on and serve.</summary>
    public async Task<int?> RunAsync(IReadOnlyCollection<string> args, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var demoWanted = args.Contains(DemoOption, StringComparer.Ordinal) || demoOptions.Value.Enabled || environment.IsDevelopment();
        if (args.Contains(MigrateCommand, StringComparer.Ordinal) || args.Contains(MigrateOption, StringComparer.Ordinal))
        {
            var applied = await MigrateAsync(cancellationToken);
            await output.WriteLineAsync(applied.Count == 0
                ? "De database is al bijgewerkt; er was niets te doen."
                : string.Create(CultureInfo.InvariantCulture, $"De database is bijgewerkt: {applied.Count} migratie(s) toegepast ({string.Join(", ", applied)})."));
            if (args.Contains(DemoOption, StringComparer.Ordinal) && await demo.SeedAsync(cancellationToken))
            {
                await output.WriteLineAsync("De demo-organisatie is aangemaakt.");
            }

            return 0;
        }

        if (demoWanted)
        {
            await MigrateAsync(cancellationToken);
            await demo.SeedAsync(cancellationToken);
            return null;
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"De database loopt achter: {pending.Count} migratie(s) nog niet toegepast. Voer eerst 'deelwijs-web migrate' uit (of 'dotnet run --project src/Deelwijs.Web -- migrate')."));
            return 1;
        }

        return null;
    }

    private async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Database bijwerken: {Migrations}", string.Join(", ", pending));
            await db.Database.MigrateAsync(cancellationToken);
        }

        // Migration ids are "<timestamp>_<Name>"; people read the name.
        return pending.Select(id => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..]).ToList();
    }
}
