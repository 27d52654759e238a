using Deelwijs.Core.Incidents;
using Deelwijs.Core.Protocols;
using Deelwijs.Data;
using Microsoft.EntityFrameworkCore;

namespace Deelwijs.Web.Incidents;

/// <summary>
/// Keeps a case's steps and documents filed in its subject's dossier (leerlingdossier for pupils and parents,
/// personeelsdossier for staff): files what is new, and moves what was filed when the handler names another subject.
/// </summary>
public sealed class DossierFiling(DeelwijsDbContext db, AuditLog audit)
{
    /// <summary>
    /// Files every step and document of the case (tracked, with its people and steps; <paramref name="stored"/> its saved files,
    /// <see cref="Incident.Documents"/> the new ones) in the subject's dossier; saved by the caller.
    /// </summary>
    public async Task SyncAsync(Incident incident, IReadOnlyList<DocumentView> stored, Actor actor, Protocol protocol, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(protocol);
        var subject = incident.People.FirstOrDefault(p => p.SubjectAs is not null && p.PersonId is not null);
        if (subject is null)
        {
            // Nothing to file yet: the steps are filed as soon as the handler names whom the case is about.
            return;
        }

        var type = IncidentLabels.FileOf(subject.SubjectAs!.Value);
        var existing = incident.Id == 0 ? [] : await db.DossierEntries.Where(e => e.IncidentId == incident.Id).ToListAsync(cancellationToken);
        var ladder = protocol.Ladders.For(incident.Subject.Ladder());
        var caseName = IncidentLabels.CaseName(incident.Id, incident.CreatedAt, incident.Category);
        var moved = 0;
        foreach (var step in incident.Steps)
        {
            var entry = existing.FirstOrDefault(e => e.IncidentStepId == step.Id && e.IncidentDocumentId is null);
            moved += File(entry, subject, type, incident, e =>
            {
                e.Step = step;
                e.Date = step.Date;
                e.Title = $"{ladder.Find(step.StepId)?.Title ?? step.StepId} ({caseName})";
                e.Text = StepText(step);
                e.CreatedByUserId = step.RecordedByUserId;
                e.CreatedAt = step.RecordedAt;
            });
        }

        var documents = stored
            .Select(d => (d.Id, Entity: (IncidentDocument?)null, d.StepRecordId, Step: (IncidentStep?)null, d.FileName, d.UploadedAt, d.UploadedByUserId))
            .Concat(incident.Documents.Where(d => stored.All(s => s.Id != d.Id))
                .Select(d => (d.Id, Entity: (IncidentDocument?)d, StepRecordId: d.IncidentStepId, d.Step, d.FileName, d.UploadedAt, d.UploadedByUserId)));
        foreach (var document in documents)
        {
            var entry = document.Id == 0 ? null : existing.FirstOrDefault(e => e.IncidentDocumentId == document.Id);
            var step = document.Step ?? incident.Steps.FirstOrDefault(s => s.Id == document.StepRecordId);
            moved += File(entry, subject, type, incident, e =>
            {
                (e.IncidentDocumentId, e.Document) = (document.Entity is null ? document.Id : null, document.Entity);
                e.Step = step;
                e.Date = DutchTime.Day(document.UploadedAt);
                e.Title = step is null
                    ? $"Bewijs bij {caseName}: {document.FileName}"
                    : $"Document bij '{ladder.Find(step.StepId)?.Title ?? step.StepId}' ({caseName}): {document.FileName}";
                e.CreatedByUserId = document.UploadedByUserId;
                e.CreatedAt = document.UploadedAt;
            });
        }

        if (moved > 0)
        {
            audit.Add(incident.SchoolId, actor, AuditAction.CaseChanged,
                $"{moved} stuk(ken) van {caseName} verplaatst naar het {IncidentLabels.DossierName(type)} van {subject.Name}.", incident.Id, subject.PersonId);
        }
    }

    /// <summary>Adds a new entry, or moves an existing one to the subject; returns 1 when it moved.</summary>
    private int File(DossierEntry? entry, IncidentPerson subject, DossierType type, Incident incident, Action<DossierEntry> fill)
    {
        if (entry is null)
        {
            var created = new DossierEntry
            {
                SchoolId = incident.SchoolId,
                PersonId = subject.PersonId,
                PersonName = subject.Name,
                Type = type,
                Incident = incident,
                ConfidantOnly = incident.ConfidantOnly,
                Title = "",
            };
            fill(created);
            created.Title = created.Title.Length <= DossierEntry.TitleLength ? created.Title : created.Title[..DossierEntry.TitleLength];
            db.DossierEntries.Add(created);
            return 0;
        }

        if (entry.PersonId == subject.PersonId)
        {
            return 0;
        }

        (entry.PersonId, entry.PersonName, entry.Type, entry.ExpiresAt) = (subject.PersonId, subject.Name, type, null);
        return 1;
    }

    private static string? StepText(IncidentStep step)
    {
        var lines = new List<string>();
        if (step.Outcome is { Length: > 0 } outcome)
        {
            lines.Add($"Uitkomst: {outcome}");
        }

        if (step.Present is { Length: > 0 } present)
        {
            lines.Add($"Aanwezig: {present}");
        }

        return lines.Count == 0 ? null : string.Join('\n', lines);
    }
}
