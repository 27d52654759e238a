namespace Deelwijs.Core.Protocols;

/// <summary>A protocol file that cannot be used; lists every problem found.</summary>
public sealed class ProtocolFormatException(IReadOnlyList<ProtocolProblem> problems)
    : Exception(string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<ProtocolProblem> Problems { get; } = problems;
}
