namespace Deelwijs.Core.Rosters;

/// <summary>A roster file that cannot be imported; lists every problem, and nothing of the file was read.</summary>
public sealed class RosterFormatException(IReadOnlyList<RosterProblem> problems)
    : Exception(string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<RosterProblem> Problems { get; } = problems;
}
