using Deelwijs.Core.Incidents;
using Deelwijs.Data;
using Deelwijs.Web.Checks;
using Deelwijs.Web.Schools;
using Microsoft.EntityFrameworkCore;

namespace Deelwijs.Web.Incidents;

/// <summary>Reads cases for their handlers and reporters; a case of another school, or one the user may not handle, is not found.</summary>
public sealed class IncidentCases(DeelwijsDbContext db, SchoolEngines engines, IncidentLadders ladders, AuditLog audit)
{
    /// <summary>The cases of the school this handler may see, open or closed, newest first.</summary>
    public async Task<IReadOnlyList<CaseRow>> ListAsync(SchoolAccess school, IncidentStatus status, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(school);
        var routed = IncidentAccess.RoutedRoles(school).ToList();
        var confidant = school.Has(Core.Checks.Role.Confidant);
        var rows = await db.Incidents.AsNoTracking()
            .Where(i => i.SchoolId == school.SchoolId && i.Status == status)
            .Where(i => i.ConfidantOnly ? confidant : routed.Contains(i.RoutedTo))
            .OrderByDescending(i => i.Id)
            .Take(500)
            .Select(i => new CaseRow(i.Id, "", i.Category, i.CreatedAt, i.RoutedTo, i.ConfidantOnly, i.Status,
                i.People.Where(p => p.SubjectAs != null).Select(p => p.Name).FirstOrDefault(), i.Steps.Count))
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => r with { Number = IncidentLabels.Number(r.Id, r.CreatedAt) })];
    }

    /// <summary>The status of a case of this school, for the API: nothing of its content.</summary>
    public async Task<(IncidentStatus Status, Core.Checks.Role RoutedTo, DateTimeOffset CreatedAt)?> StatusAsync(int schoolId, int id, CancellationToken cancellationToken = default)
    {
        var row = await db.Incidents.AsNoTracking()
            .Where(i => i.Id == id && i.SchoolId == schoolId)
            .Select(i => new { i.Status, i.RoutedTo, i.CreatedAt })
            .SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : (row.Status, row.RoutedTo, row.CreatedAt);
    }

    /// <summary>The reports this account made at the school, newest first, with their status only.</summary>
    public async Task<IReadOnlyList<ReportRow>> ListMineAsync(int schoolId, string userId, CancellationToken cancellationToken = default)
    {
        var rows = await db.Incidents.AsNoTracking()
            .Where(i => i.SchoolId == schoolId && i.ReporterUserId == userId)
            .OrderByDescending(i => i.Id)
            .Select(i => new { i.Id, i.Category, i.CreatedAt, i.RoutedTo, i.ConfidantOnly, i.Status, HasSteps = i.Steps.Any() })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new ReportRow(r.Id, IncidentLabels.Number(r.Id, r.CreatedAt), r.Category, r.CreatedAt, r.RoutedTo, r.ConfidantOnly,
            IncidentLabels.Status(r.Status, r.HasSteps)))];
    }

    /// <summary>A case with its people and steps (not its files: see <see cref="DocumentsAsync"/>), if this handler may handle it.</summary>
    public async Task<Incident?> LoadAsync(SchoolAccess school, int id, bool track, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(school);
        var query = db.Incidents.Where(i => i.Id == id && i.SchoolId == school.SchoolId)
            .Include(i => i.People).ThenInclude(p => p.Person)
            .Include(i => i.Steps).ThenInclude(s => s.RecordedBy)
            .Include(i => i.Reporter)
            .AsSplitQuery();
        var incident = await (track ? query : query.AsNoTracking()).SingleOrDefaultAsync(cancellationToken);
        if (incident is null || !IncidentAccess.CanHandle(school, incident.RoutedTo, incident.ConfidantOnly))
        {
            return null;
        }

        return incident;
    }

    /// <summary>The stored files of a case, without their content.</summary>
    public async Task<IReadOnlyList<DocumentView>> DocumentsAsync(int id, CancellationToken cancellationToken = default) =>
        await db.IncidentDocuments.AsNoTracking().Where(d => d.IncidentId == id).OrderBy(d => d.Id)
            .Select(d => new DocumentView(d.Id, d.FileName, d.ContentType, d.Size, d.UploadedAt, d.UploadedByUserId,
                d.UploadedBy == null ? null : d.UploadedBy.DisplayName, d.IncidentStepId))
            .ToListAsync(cancellationToken);

    /// <summary>The case page's content; the view is logged.</summary>
    public async Task<CaseView?> ViewAsync(SchoolAccess school, Actor actor, int id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(school);
        var incident = await LoadAsync(school, id, track: false, cancellationToken);
        if (incident is null)
        {
            return null;
        }

        var number = IncidentLabels.Number(incident.Id, incident.CreatedAt);
        await audit.WriteAsync(school.SchoolId, actor, AuditAction.CaseViewed, $"Melding {number} bekeken.", incident.Id, cancellationToken: cancellationToken);
        var protocol = (await engines.GetAsync(school.SchoolId, cancellationToken)).Protocol;
        var plan = await ladders.PlanAsync(incident, protocol, cancellationToken);
        var ladder = protocol.Ladders.For(incident.Subject.Ladder());
        var log = await db.AuditLog.AsNoTracking()
            .Where(a => a.SchoolId == school.SchoolId && a.IncidentId == id)
            .OrderByDescending(a => a.Id).Take(50)
            .Select(a => new AuditView(a.At, a.Actor, a.Detail))
            .ToListAsync(cancellationToken);
        return new CaseView(
            incident.Id, number, incident.Category, incident.Description, incident.Platform, incident.Link, incident.ConfidantOnly, incident.RoutedTo,
            incident.Status, incident.Subject, incident.Facts, incident.CreatedAt, incident.ClosedAt,
            incident.Reporter?.DisplayName ?? (incident.ApiKeyPrefix is { } prefix ? Actor.ApiKey(prefix).Name : "onbekend"),
            [.. incident.People.OrderBy(p => p.Id).Select(p => new InvolvedView(p.Id, p.PersonId, p.Person?.Kind, p.Name, p.Person?.Group, p.SubjectAs))],
            await DocumentsAsync(incident.Id, cancellationToken),
            [.. incident.Steps.OrderBy(s => s.Date).ThenBy(s => s.Id).Select(s => new StepRecordView(
                s.Id, s.StepId, ladder.Find(s.StepId)?.Title ?? s.StepId, s.Date, s.Present, s.Outcome, s.RecordedBy?.DisplayName, s.RecordedAt))],
            plan,
            log);
    }

    /// <summary>One file of a case, with its content, for a handler of the case; the download is logged.</summary>
    public async Task<IncidentDocument?> DocumentAsync(SchoolAccess school, Actor actor, int id, int documentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(school);
        var incident = await db.Incidents.AsNoTracking()
            .Where(i => i.Id == id && i.SchoolId == school.SchoolId)
            .Select(i => new { i.RoutedTo, i.ConfidantOnly, i.CreatedAt })
            .SingleOrDefaultAsync(cancellationToken);
        if (incident is null || !IncidentAccess.CanHandle(school, incident.RoutedTo, incident.ConfidantOnly))
        {
            return null;
        }

        var document = await db.IncidentDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId && d.IncidentId == id, cancellationToken);
        if (document is not null)
        {
            await audit.WriteAsync(school.SchoolId, actor, AuditAction.DocumentViewed,
                $"Bestand '{document.FileName}' van melding {IncidentLabels.Number(id, incident.CreatedAt)} geopend.", id, cancellationToken: cancellationToken);
        }

        return document;
    }
}
