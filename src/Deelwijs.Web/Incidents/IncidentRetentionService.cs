using Microsoft.Extensions.Options;

namespace Deelwijs.Web.Incidents;

/// <summary>Runs <see cref="IncidentRetention"/> at start and then daily (the interval is configurable), on the injected <see cref="TimeProvider"/>.</summary>
public sealed class IncidentRetentionService(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<IncidentOptions> options, ILogger<IncidentRetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.RetentionIntervalMinutes), time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IncidentRetention>().RunAsync(time.GetUtcNow(), stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A database that is briefly away must not stop retention for good: the next round tries again.
                logger.LogError(exception, "Bewaartermijn van dossiers en meldingen: opruimen mislukt.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
