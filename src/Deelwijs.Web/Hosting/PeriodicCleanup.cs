namespace Deelwijs.Web.Hosting;

/// <summary>
/// Runs a cleanup round (a retention job) at start and then every interval, on the injected <see cref="TimeProvider"/>,
/// each round in its own service scope.
/// </summary>
public abstract class PeriodicCleanup(IServiceScopeFactory scopes, TimeProvider time, TimeSpan interval, ILogger logger, string failureMessage)
    : BackgroundService
{
    /// <summary>One round, with the services of its scope and the time it runs at.</summary>
    protected abstract Task RunOnceAsync(IServiceProvider services, DateTimeOffset now, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await RunOnceAsync(scope.ServiceProvider, time.GetUtcNow(), stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A database that is briefly away must not stop retention for good: the next round tries again.
                logger.LogError(exception, failureMessage);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
