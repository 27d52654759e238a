using System.Globalization;

namespace Deelwijs.Core.Rosters;

/// <summary>One problem in a roster file: where it is (1-based line, column name when known) and what is wrong, in Dutch.</summary>
public sealed record RosterProblem(string Source, int Line, string? Column, string Message)
{
    public override string ToString() => Column is null
        ? string.Create(CultureInfo.InvariantCulture, $"{Source}: regel {Line}: {Message}")
        : string.Create(CultureInfo.InvariantCulture, $"{Source}: regel {Line}, kolom '{Column}': {Message}");
}
