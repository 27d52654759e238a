namespace Deelwijs.Documents;

/// <summary>One thing in a person's dossier: a step, document or note, with who did it and what came of it.</summary>
/// <param name="Case">The case it belongs to, as the school names it ("Cyberpesten, maart 2026"); null when it belongs to none.</param>
/// <param name="Who">Who took the step or wrote the document or note.</param>
/// <param name="Summary">The outcome or a summary, as recorded.</param>
/// <param name="Documents">File names of the documents attached to it.</param>
public sealed record DossierEntry(
    DateOnly Date,
    string Title,
    DossierEntryKind Kind,
    string? Who,
    string? Summary,
    IReadOnlyList<string> Documents,
    string? Case = null);
