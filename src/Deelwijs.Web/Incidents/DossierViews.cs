using Deelwijs.Data;

namespace Deelwijs.Web.Incidents;

/// <summary>A person's dossier as one reader may see it: only the entries their role may read.</summary>
public sealed record DossierView(int PersonId, string Name, string? Group, DossierType Type, DateOnly? Left, IReadOnlyList<DossierEntryView> Entries);

/// <summary>One entry of a dossier, with the case it came from and its document, if any.</summary>
public sealed record DossierEntryView(
    int Id,
    DateOnly Date,
    string Title,
    string? Text,
    int? IncidentId,
    string? CaseName,
    int? DocumentId,
    string? FileName,
    string? CreatedBy,
    DateTimeOffset CreatedAt,
    bool ConfidantOnly,
    DateTimeOffset? ExpiresAt)
{
    public bool IsDocument => DocumentId is not null || FileName is not null;
}

/// <summary>
/// Everything of a person's dossier that the exporting reader may see, for a request for access (AVG article 15). Shaped like
/// the Documents project's <c>DossierExport</c>, so the PDF export takes it over field by field.
/// </summary>
public sealed record DossierExportData(
    string PersonName,
    DossierType Type,
    string School,
    DateTimeOffset ExportedAt,
    IReadOnlyList<DossierExportEntry> Entries,
    string RequestedBy);

/// <summary>One entry of an export: <see cref="Kind"/> is "step" or "document".</summary>
public sealed record DossierExportEntry(DateOnly Date, string Title, string Kind, string? Who, string? Summary, IReadOnlyList<string> Documents, string? Case);
