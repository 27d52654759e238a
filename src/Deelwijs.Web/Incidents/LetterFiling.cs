using Deelwijs.Data;
using Deelwijs.Web.Checks;
using Deelwijs.Web.Schools;

namespace Deelwijs.Web.Incidents;

/// <summary>
/// Files a generated letter with its case as a PDF document, and in the subject's dossier as the case's other documents are
/// (<see cref="DossierFiling"/>), with an audit entry.
/// </summary>
public sealed class LetterFiling(DeelwijsDbContext db, IncidentCases cases, SchoolEngines engines, DossierFiling filing, AuditLog audit, TimeProvider time)
{
    public const string ContentType = "application/pdf";

    public async Task<HandlingResult> FileAsync(SchoolAccess school, Actor actor, int id, string title, string fileName, byte[] pdf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(school);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(pdf);
        var incident = await cases.LoadAsync(school, id, track: true, cancellationToken);
        if (incident is null)
        {
            return HandlingResult.NotFound;
        }

        if (incident.Status == IncidentStatus.Closed)
        {
            return HandlingResult.Refused("Deze zaak is afgesloten: er kan geen brief meer bij.");
        }

        var document = new IncidentDocument
        {
            FileName = fileName, ContentType = ContentType, Content = pdf, Size = pdf.Length, UploadedByUserId = actor.UserId, UploadedAt = time.GetUtcNow(),
        };
        incident.Documents.Add(document);
        var subjectId = incident.People.FirstOrDefault(p => p.SubjectAs is not null)?.PersonId;
        audit.Add(incident.SchoolId, actor, AuditAction.DocumentAdded,
            $"Brief '{title}' ({fileName}) gemaakt bij melding {IncidentLabels.Number(incident.Id, incident.CreatedAt)}.", incident.Id, subjectId);

        var protocol = (await engines.GetAsync(school.SchoolId, cancellationToken)).Protocol;
        await filing.SyncAsync(incident, await cases.DocumentsAsync(incident.Id, cancellationToken), actor, protocol, cancellationToken);

        // The filing names a document without a step as evidence; this one is a letter of the school.
        var caseName = IncidentLabels.CaseName(incident.Id, incident.CreatedAt, incident.Category);
        foreach (var entry in db.ChangeTracker.Entries<DossierEntry>().Select(e => e.Entity).Where(e => ReferenceEquals(e.Document, document)))
        {
            var entryTitle = $"Brief bij {caseName}: {title}";
            entry.Title = entryTitle.Length <= DossierEntry.TitleLength ? entryTitle : entryTitle[..DossierEntry.TitleLength];
        }

        await db.SaveChangesAsync(cancellationToken);
        return HandlingResult.Done;
    }
}
