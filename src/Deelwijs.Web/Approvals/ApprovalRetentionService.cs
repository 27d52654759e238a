using Microsoft.Extensions.Options;

namespace Deelwijs.Web.Approvals;

/// <summary>Runs <see cref="ApprovalRetention"/> at start and then every interval, on the injected <see cref="TimeProvider"/>.</summary>
public sealed class ApprovalRetentionService(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<ApprovalOptions> options, ILogger<ApprovalRetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.RetentionIntervalMinutes), time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ApprovalRetention>().RunAsync(time.GetUtcNow(), stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A database that is briefly away must not stop retention for good: the next round tries again.
                logger.LogError(exception, "Bewaartermijn van toestemmingsverzoeken: opruimen mislukt.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
