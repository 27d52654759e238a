namespace Deelwijs.Documents;

/// <summary>Everything in one person's dossier, for the export on a request for access (AVG article 15).</summary>
/// <param name="ExportedAt">When the export was made, in the time zone the school reads (the PDF shows this clock time).</param>
/// <param name="RequestedBy">Who asked for the export, when that should be on it; null otherwise.</param>
public sealed record DossierExport(
    string PersonName,
    DossierKind Kind,
    string School,
    DateTimeOffset ExportedAt,
    IReadOnlyList<DossierEntry> Entries,
    string? RequestedBy = null);
