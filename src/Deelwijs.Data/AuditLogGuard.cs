using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Deelwijs.Data;

/// <summary>Keeps the audit log append-only: an entry is never changed or deleted through the change tracker.</summary>
public static class AuditLogGuard
{
    public static void Check(ChangeTracker changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Het logboek kan niet worden gewijzigd of gewist: wie wat bekeek of veranderde, blijft bewaard tot de bewaartermijn voorbij is.");
        }
    }

    /// <summary>
    /// Deletes the entries written before <paramref name="before"/>, straight in the database: the one way the log shrinks,
    /// used only by the retention job.
    /// </summary>
    public static Task<int> DeleteExpiredAsync(DeelwijsDbContext db, DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<AuditEntry>().Where(a => a.At < before).ExecuteDeleteAsync(cancellationToken);
    }
}
