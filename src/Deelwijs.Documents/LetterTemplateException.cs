namespace Deelwijs.Documents;

/// <summary>A letter cannot be made from a template: a field is unknown or has no value, or the layout is broken.</summary>
public sealed class LetterTemplateException(IReadOnlyList<TemplateProblem> problems)
    : Exception(string.Join(" ", problems.Select(p => p.Message)))
{
    public IReadOnlyList<TemplateProblem> Problems { get; } = problems;
}
