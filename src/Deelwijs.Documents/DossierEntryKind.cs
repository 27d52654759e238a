namespace Deelwijs.Documents;

/// <summary>What an entry of a dossier is: a step of a case, a document (a letter, a report), or a note.</summary>
public enum DossierEntryKind
{
    Step,
    Document,
    Note,
}
