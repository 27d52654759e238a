using System.Globalization;

namespace Deelwijs.Core.Protocols;

/// <summary>One problem in a protocol file, with its place (1-based line and column).</summary>
public sealed record ProtocolProblem(string Source, int Line, int Column, string Message)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Source}:{Line}:{Column}: {Message}");
}
