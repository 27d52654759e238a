using System.Globalization;
using Deelwijs.Core.Rosters;
using Deelwijs.Data;

namespace Deelwijs.Web.Schools;

/// <summary>
/// How a new roster file maps onto the people a school already has, so a re-import keeps their consents and account
/// links: the same person is found by number, else by name and birth date.
/// </summary>
public sealed record RosterMerge(
    IReadOnlyList<(SchoolPerson Existing, Person Updated)> Kept,
    IReadOnlyList<Person> Added,
    IReadOnlyList<SchoolPerson> Removed)
{
    public static RosterMerge Plan(IReadOnlyList<SchoolPerson> existing, IReadOnlyList<Person> people)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(people);
        var unmatched = new HashSet<SchoolPerson>(existing);
        var matches = new SchoolPerson?[people.Count];

        // Numbers first: a row matched by name must not take the person a later row names by number.
        var byNumber = existing.Where(p => p.Number is not null).ToLookup(p => NumberKey(p.Kind, p.Number!), StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < people.Count; i++)
        {
            if (people[i].Number is { } number)
            {
                matches[i] = Take(byNumber[NumberKey(people[i].Kind, number)], unmatched);
            }
        }

        // A person with a number in the school's list and another in the file is someone else.
        var byName = existing.ToLookup(p => NameKey(p.ToPerson()), StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < people.Count; i++)
        {
            if (matches[i] is null)
            {
                matches[i] = Take(byName[NameKey(people[i])].Where(p => p.Number is null || people[i].Number is null), unmatched);
            }
        }

        var kept = new List<(SchoolPerson, Person)>();
        var added = new List<Person>();
        for (var i = 0; i < people.Count; i++)
        {
            if (matches[i] is { } match)
            {
                kept.Add((match, people[i]));
            }
            else
            {
                added.Add(people[i]);
            }
        }

        return new RosterMerge(kept, added, existing.Where(unmatched.Contains).ToList());
    }

    private static SchoolPerson? Take(IEnumerable<SchoolPerson> candidates, HashSet<SchoolPerson> unmatched)
    {
        var match = candidates.FirstOrDefault(unmatched.Contains);
        if (match is not null)
        {
            unmatched.Remove(match);
        }

        return match;
    }

    private static string NumberKey(PersonKind kind, string number) => $"{kind}|{number.Trim()}";

    private static string NameKey(Person person) => string.Create(CultureInfo.InvariantCulture,
        $"{person.Kind}|{string.Join(' ', person.FullName.Split(' ', StringSplitOptions.RemoveEmptyEntries))}|{person.BirthDate?.DayNumber}");
}
