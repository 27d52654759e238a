using Deelwijs.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Deelwijs.Web.Approvals;

/// <summary>Runs <see cref="ApprovalRetention"/> at start and then every interval (configurable).</summary>
public sealed class ApprovalRetentionService(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<ApprovalOptions> options, ILogger<ApprovalRetentionService> logger)
    : PeriodicCleanup(scopes, time, TimeSpan.FromMinutes(options.Value.RetentionIntervalMinutes), logger,
        "Bewaartermijn van toestemmingsverzoeken: opruimen mislukt.")
{
    protected override Task RunOnceAsync(IServiceProvider services, DateTimeOffset now, CancellationToken cancellationToken) =>
        services.GetRequiredService<ApprovalRetention>().RunAsync(now, cancellationToken);
}
