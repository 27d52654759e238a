using Deelwijs.Core.Rosters;

namespace Deelwijs.Core.Consent;

/// <summary>A consent file that cannot be imported; lists every problem by line and column, and nothing of the file was taken.</summary>
public sealed class ConsentFormatException(IReadOnlyList<RosterProblem> problems)
    : Exception(string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<RosterProblem> Problems { get; } = problems;
}
