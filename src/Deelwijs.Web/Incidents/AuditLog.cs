using Deelwijs.Data;

namespace Deelwijs.Web.Incidents;

/// <summary>Writes who viewed or changed a case or dossier; entries are only ever added (see <see cref="AuditLogGuard"/>).</summary>
public sealed class AuditLog(DeelwijsDbContext db, TimeProvider time)
{
    /// <summary>Adds an entry that is saved with the change it describes; <paramref name="at"/> is now unless the caller works on its own clock (retention).</summary>
    public void Add(int schoolId, Actor actor, AuditAction action, string detail, int? incidentId = null, int? personId = null, DateTimeOffset? at = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        db.AuditLog.Add(new AuditEntry
        {
            SchoolId = schoolId,
            At = at ?? time.GetUtcNow(),
            UserId = actor.UserId,
            Actor = Clip(actor.Name, AuditEntry.NameLength),
            Action = action,
            IncidentId = incidentId,
            PersonId = personId,
            Detail = Clip(detail, AuditEntry.DetailLength),
        });
    }

    /// <summary>Saves a view at once: reading a case or dossier is logged even when nothing else changes.</summary>
    public async Task WriteAsync(int schoolId, Actor actor, AuditAction action, string detail, int? incidentId = null, int? personId = null, CancellationToken cancellationToken = default)
    {
        Add(schoolId, actor, action, detail, incidentId, personId);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length];
}
