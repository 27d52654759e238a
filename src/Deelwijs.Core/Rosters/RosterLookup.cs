using Deelwijs.Core.Text;

namespace Deelwijs.Core.Rosters;

/// <summary>Finds people on a roster by number or by name as people type it (any case, accents optional, extra spaces).</summary>
public sealed class RosterLookup
{
    private readonly Dictionary<string, List<Person>> byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Person>> byNumber = new(StringComparer.OrdinalIgnoreCase);

    public RosterLookup(Roster roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        foreach (var person in roster.People)
        {
            Add(byName, Key(person.FullName), person);
            if (person.Number is { } number)
            {
                Add(byNumber, number.Trim(), person);
            }
        }
    }

    /// <summary>Everyone with this full name ("Sanne de Vries"); more than one means the name alone does not say who.</summary>
    public IReadOnlyList<Person> ByName(string fullName) =>
        byName.TryGetValue(Key(fullName), out var people) ? people : [];

    public IReadOnlyList<Person> ByNumber(string number) =>
        byNumber.TryGetValue(number.Trim(), out var people) ? people : [];

    private static string Key(string name) =>
        string.Join(' ', CharFolding.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static void Add(Dictionary<string, List<Person>> index, string key, Person person)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(person);
    }
}
