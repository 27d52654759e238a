using Deelwijs.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Deelwijs.Web.Incidents;

/// <summary>
/// Keeps the retention periods of dossiers and cases: an entry expires the set number of years after its person left the
/// school (<see cref="SchoolPerson.Left"/>, or the day Deelwijs found them gone from the roster); a closed case with its files
/// expires with its subject's file; the audit log after its own period. What expired is deleted, logged and written to the audit log.
/// </summary>
public sealed class IncidentRetention(DeelwijsDbContext db, IOptions<IncidentOptions> options, AuditLog audit, TimeProvider time, ILogger<IncidentRetention> logger)
{
    public Task<RetentionCount> RunAsync(CancellationToken cancellationToken = default) => RunAsync(time.GetUtcNow(), cancellationToken);

    public async Task<RetentionCount> RunAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        await SetEntryExpiryAsync(settings, now, cancellationToken);
        await SetCaseExpiryAsync(settings, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        var entries = await db.DossierEntries.Where(e => e.ExpiresAt != null && e.ExpiresAt <= now).ToListAsync(cancellationToken);
        foreach (var file in entries.GroupBy(e => (e.SchoolId, e.PersonId, e.PersonName, e.Type)))
        {
            audit.Add(file.Key.SchoolId, Actor.Deelwijs, AuditAction.DeletedByRetention,
                $"Verwijderd door bewaartermijn: {file.Count()} stuk(ken) uit het {IncidentLabels.DossierName(file.Key.Type)} van {file.Key.PersonName}.",
                personId: file.Key.PersonId, at: now);
        }

        db.DossierEntries.RemoveRange(entries);
        var cases = await db.Incidents.Where(i => i.Status == IncidentStatus.Closed && i.ExpiresAt != null && i.ExpiresAt <= now).ToListAsync(cancellationToken);
        foreach (var incident in cases)
        {
            audit.Add(incident.SchoolId, Actor.Deelwijs, AuditAction.DeletedByRetention,
                $"Verwijderd door bewaartermijn: melding {IncidentLabels.Number(incident.Id, incident.CreatedAt)} met de betrokkenen, stappen en bestanden.", incident.Id, at: now);
        }

        // The database deletes each case's people, steps and files with it.
        db.Incidents.RemoveRange(cases);
        await db.SaveChangesAsync(cancellationToken);
        var log = await AuditLogGuard.DeleteExpiredAsync(db, now.AddYears(-settings.AuditLogYears), cancellationToken);

        var count = new RetentionCount(entries.Count, cases.Count, log);
        logger.LogInformation(
            "Bewaartermijn: {Entries} dossierstuk(ken), {Cases} melding(en) en {Log} logregel(s) verwijderd.", count.DossierEntries, count.Cases, count.AuditEntries);
        return count;
    }

    private async Task SetEntryExpiryAsync(IncidentOptions settings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var candidates = await db.DossierEntries
            .Where(e => e.PersonId == null || e.Person!.Left != null || e.ExpiresAt != null)
            .Select(e => new { Entry = e, Left = e.Person == null ? null : e.Person.Left, Gone = e.PersonId == null })
            .ToListAsync(cancellationToken);
        foreach (var candidate in candidates)
        {
            candidate.Entry.ExpiresAt = Expiry(candidate.Left, candidate.Gone, candidate.Entry.ExpiresAt, settings.Years(candidate.Entry.Type), now);
        }
    }

    private async Task SetCaseExpiryAsync(IncidentOptions settings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var closed = await db.Incidents
            .Where(i => i.Status == IncidentStatus.Closed)
            .Select(i => new
            {
                Incident = i,
                Subject = i.People.Where(p => p.SubjectAs != null).Select(p => new { p.PersonId, Left = p.Person == null ? null : p.Person.Left }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        foreach (var item in closed)
        {
            var years = settings.Years(IncidentLabels.FileOf(item.Incident.Subject));
            item.Incident.ExpiresAt = item.Subject is null
                ? item.Incident.ClosedAt?.AddYears(years)
                : Expiry(item.Subject.Left, item.Subject.PersonId is null, item.Incident.ExpiresAt, years, now);
        }
    }

    /// <summary>Left + years; for someone gone from the roster, the expiry already set or from now; for someone still at school, none.</summary>
    private static DateTimeOffset? Expiry(DateOnly? left, bool gone, DateTimeOffset? current, int years, DateTimeOffset now) =>
        left is { } day ? new DateTimeOffset(day.AddYears(years).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
        : gone ? current ?? now.AddYears(years)
        : null;
}

/// <summary>What one run of the retention job deleted.</summary>
public sealed record RetentionCount(int DossierEntries, int Cases, int AuditEntries);
