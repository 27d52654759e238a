namespace Deelwijs.Documents;

/// <summary>What is wrong in a letter template, and where, in Dutch.</summary>
/// <param name="Line">The line of the template, counted from 1.</param>
/// <param name="Column">The column on that line, counted from 1.</param>
/// <param name="Placeholder">The field the problem is about, without braces; null when it is about the layout.</param>
public sealed record TemplateProblem(int Line, int Column, string? Placeholder, string Message);
