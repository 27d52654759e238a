using System.Collections.Concurrent;
using Deelwijs.Core.Engine;

namespace Deelwijs.Web.Checks;

/// <summary>
/// One compiled <see cref="CheckEngine"/> per school, built on first use from the school's protocol, roster and names,
/// and kept until <see cref="Invalidate"/> says the roster or protocol changed.
/// </summary>
public sealed class SchoolEngines(IServiceScopeFactory scopes)
{
    private readonly ConcurrentDictionary<int, Lazy<Task<CheckEngine>>> engines = new();

    public async Task<CheckEngine> GetAsync(int schoolId, CancellationToken cancellationToken = default)
    {
        var entry = engines.GetOrAdd(schoolId, id => new Lazy<Task<CheckEngine>>(() => BuildAsync(id)));
        try
        {
            return await entry.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (entry.Value.IsFaulted)
        {
            // A failed build (a broken protocol file, a lost connection) is not cached: the next call tries again.
            engines.TryRemove(new KeyValuePair<int, Lazy<Task<CheckEngine>>>(schoolId, entry));
            throw;
        }
    }

    /// <summary>Forgets the school's engine; call after the roster, the protocol or the school's names changed.</summary>
    public void Invalidate(int schoolId) => engines.TryRemove(schoolId, out _);

    private async Task<CheckEngine> BuildAsync(int schoolId)
    {
        // Not the caller's token: the engine is shared, so one cancelled request must not fail it for the others.
        await using var scope = scopes.CreateAsyncScope();
        var setup = await scope.ServiceProvider.GetRequiredService<SchoolSetupReader>().ReadAsync(schoolId, CancellationToken.None);
        var builder = new EngineBuilder(setup.Protocol).WithRoster(setup.Roster);
        foreach (var name in setup.Names)
        {
            builder.WithSchoolName(name);
        }

        return await Task.Run(builder.Build);
    }
}
