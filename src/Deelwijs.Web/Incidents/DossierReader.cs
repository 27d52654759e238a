using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Deelwijs.Data;
using Deelwijs.Web.Schools;
using Microsoft.EntityFrameworkCore;

namespace Deelwijs.Web.Incidents;

/// <summary>
/// Reads a person's dossier for the roles that may (see <see cref="IncidentAccess"/>), exports it, and hands out its
/// documents; every view, export and download is logged. Someone of another school, or a reader without the role, is not found.
/// </summary>
public sealed class DossierReader(DeelwijsDbContext db, AuditLog audit, TimeProvider time)
{
    private static readonly JsonSerializerOptions ExportJson = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    public async Task<DossierView?> ViewAsync(SchoolAccess school, Actor actor, int personId, CancellationToken cancellationToken = default)
    {
        var dossier = await LoadAsync(school, personId, cancellationToken);
        if (dossier is not null)
        {
            await audit.WriteAsync(school.SchoolId, actor, AuditAction.DossierViewed,
                $"{Capital(IncidentLabels.DossierName(dossier.Type))} van {dossier.Name} bekeken ({dossier.Entries.Count} stuk(ken)).", personId: personId, cancellationToken: cancellationToken);
        }

        return dossier;
    }

    /// <summary>What an export of the dossier holds, for this reader; the export is logged. The PDF export builds on this too.</summary>
    public async Task<DossierExportData?> ExportAsync(SchoolAccess school, Actor actor, int personId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var dossier = await LoadAsync(school, personId, cancellationToken);
        if (dossier is null)
        {
            return null;
        }

        await audit.WriteAsync(school.SchoolId, actor, AuditAction.DossierExported,
            $"{Capital(IncidentLabels.DossierName(dossier.Type))} van {dossier.Name} uitgevoerd ({dossier.Entries.Count} stuk(ken)).", personId: personId, cancellationToken: cancellationToken);
        var entries = dossier.Entries
            .OrderBy(e => e.Date).ThenBy(e => e.Id)
            .Select(e => new DossierExportEntry(e.Date, e.Title, e.IsDocument ? "document" : "step", e.CreatedBy, e.Text,
                e.FileName is null ? [] : [e.FileName], e.CaseName))
            .ToList();
        return new DossierExportData(dossier.Name, dossier.Type, school.SchoolName, DutchTime.Local(time.GetUtcNow()), entries, actor.Name);
    }

    public static byte[] ToJson(DossierExportData export) => JsonSerializer.SerializeToUtf8Bytes(export, ExportJson);

    /// <summary>A document filed in the dossier, if this reader may see its entry; the download is logged.</summary>
    public async Task<IncidentDocument?> DocumentAsync(SchoolAccess school, Actor actor, int personId, int documentId, CancellationToken cancellationToken = default)
    {
        var dossier = await LoadAsync(school, personId, cancellationToken);
        if (dossier is null || !dossier.Entries.Any(e => e.DocumentId == documentId))
        {
            return null;
        }

        var document = await db.IncidentDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId, cancellationToken);
        if (document is not null)
        {
            await audit.WriteAsync(school.SchoolId, actor, AuditAction.DocumentViewed,
                $"Bestand '{document.FileName}' uit het {IncidentLabels.DossierName(dossier.Type)} van {dossier.Name} geopend.", document.IncidentId, personId, cancellationToken);
        }

        return document;
    }

    private async Task<DossierView?> LoadAsync(SchoolAccess school, int personId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(school);
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId && p.SchoolId == school.SchoolId, cancellationToken);
        if (person is null)
        {
            return null;
        }

        var type = IncidentLabels.FileOf(person.Kind);
        if (!IncidentAccess.CanOpenDossier(school, type))
        {
            return null;
        }

        var rows = await db.DossierEntries.AsNoTracking()
            .Where(e => e.SchoolId == school.SchoolId && e.PersonId == personId)
            .OrderByDescending(e => e.Date).ThenByDescending(e => e.Id)
            .Select(e => new
            {
                e.Id, e.Date, e.Title, e.Text, e.IncidentId, e.Type, e.ConfidantOnly, e.CreatedAt, e.ExpiresAt, e.IncidentDocumentId,
                Incident = e.Incident == null ? null : new { e.Incident.Id, e.Incident.CreatedAt, e.Incident.Category },
                FileName = e.Document == null ? null : e.Document.FileName,
                CreatedBy = e.CreatedBy == null ? null : e.CreatedBy.DisplayName,
            })
            .ToListAsync(cancellationToken);
        var entries = rows
            .Where(e => IncidentAccess.CanSeeEntry(school, e.Type, e.ConfidantOnly))
            .Select(e => new DossierEntryView(e.Id, e.Date, e.Title, e.Text, e.IncidentId,
                e.Incident is null ? null : IncidentLabels.CaseName(e.Incident.Id, e.Incident.CreatedAt, e.Incident.Category),
                e.IncidentDocumentId, e.FileName, e.CreatedBy, e.CreatedAt, e.ConfidantOnly, e.ExpiresAt))
            .ToList();
        return new DossierView(person.Id, person.ToPerson().FullName, person.Group, type, person.Left, entries);
    }

    private static string Capital(string text) => string.Concat(text[..1].ToUpperInvariant(), text[1..]);
}
