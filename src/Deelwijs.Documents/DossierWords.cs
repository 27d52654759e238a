namespace Deelwijs.Documents;

/// <summary>The Dutch words for dossiers and their entries.</summary>
public static class DossierWords
{
    /// <summary>"leerlingdossier" or "personeelsdossier".</summary>
    public static string Name(DossierKind kind) => kind == DossierKind.Staff ? "personeelsdossier" : "leerlingdossier";

    /// <summary>"stap", "document" or "aantekening".</summary>
    public static string Name(DossierEntryKind kind) => kind switch
    {
        DossierEntryKind.Document => "document",
        DossierEntryKind.Note => "aantekening",
        _ => "stap",
    };

    /// <summary>The entries oldest first; entries of one day keep the order they were given in.</summary>
    internal static IReadOnlyList<DossierEntry> ByDate(IEnumerable<DossierEntry> entries) => entries.OrderBy(e => e.Date).ToList();
}
