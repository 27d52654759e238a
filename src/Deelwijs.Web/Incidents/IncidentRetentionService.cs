using Deelwijs.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Deelwijs.Web.Incidents;

/// <summary>Runs <see cref="IncidentRetention"/> at start and then daily (the interval is configurable).</summary>
public sealed class IncidentRetentionService(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<IncidentOptions> options, ILogger<IncidentRetentionService> logger)
    : PeriodicCleanup(scopes, time, TimeSpan.FromMinutes(options.Value.RetentionIntervalMinutes), logger,
        "Bewaartermijn van dossiers en meldingen: opruimen mislukt.")
{
    protected override Task RunOnceAsync(IServiceProvider services, DateTimeOffset now, CancellationToken cancellationToken) =>
        services.GetRequiredService<IncidentRetention>().RunAsync(now, cancellationToken);
}
