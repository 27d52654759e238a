using Deelwijs.Data;
using Deelwijs.Documents;

namespace Deelwijs.Web.Incidents;

/// <summary>A dossier export as the Documents project's PDF: takes <see cref="DossierExportData"/> over field by field.</summary>
public static class DossierPdfExport
{
    public static byte[] Render(DossierExportData export)
    {
        ArgumentNullException.ThrowIfNull(export);
        return DossierPdf.Render(ToDocument(export));
    }

    public static DossierExport ToDocument(DossierExportData export)
    {
        ArgumentNullException.ThrowIfNull(export);
        var entries = export.Entries
            .Select(e => new Documents.DossierEntry(e.Date, e.Title, KindOf(e.Kind), e.Who, e.Summary, e.Documents, e.Case))
            .ToList();
        return new DossierExport(
            export.PersonName,
            export.Type == DossierType.StaffFile ? DossierKind.Staff : DossierKind.Pupil,
            export.School,
            export.ExportedAt,
            entries,
            export.RequestedBy);
    }

    private static DossierEntryKind KindOf(string kind) =>
        string.Equals(kind, "document", StringComparison.Ordinal) ? DossierEntryKind.Document : DossierEntryKind.Step;
}
