namespace Deelwijs.Core.Checks;

/// <summary>One problem in a draft: what, where, which articles, and how to fix it.</summary>
public sealed record Finding(
    string Kind,
    FindingAction Action,
    IReadOnlyList<string> Rules,
    int? Start,
    int? Length,
    string? Excerpt,
    string Message,
    string Suggestion);
