namespace Deelwijs.Core.Rosters;

/// <summary>The people of a school whose names are personal data in a post.</summary>
public sealed class Roster(IReadOnlyList<Person> people)
{
    public static readonly Roster Empty = new([]);

    public IReadOnlyList<Person> People { get; } = people;
}
