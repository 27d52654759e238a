using Deelwijs.Core.Consent;
using Deelwijs.Core.Rosters;
using Deelwijs.Data;
using Microsoft.EntityFrameworkCore;

namespace Deelwijs.Web.Consent;

/// <summary>The school's choices per class for staff: the current answers, "wie mag op de foto?" per purpose, and who has not answered yet.</summary>
public sealed class ConsentOverview(DeelwijsDbContext db, ConsentRegistry registry, TimeProvider time)
{
    /// <summary>The name under which staff members are listed, as if they were a class.</summary>
    public const string StaffGroup = "Medewerkers";

    /// <summary>The classes of the school's current pupils in natural order ("2B" before "10A"), then <see cref="StaffGroup"/> when there are staff.</summary>
    public async Task<IReadOnlyList<string>> GroupsAsync(int schoolId, CancellationToken cancellationToken = default)
    {
        var today = SchoolDay.Today(time);
        var rows = await Present(schoolId, today)
            .Select(p => new { p.Kind, p.Group })
            .Distinct()
            .ToListAsync(cancellationToken);
        var classes = rows.Where(r => r.Kind == PersonKind.Pupil && !string.IsNullOrWhiteSpace(r.Group)).Select(r => r.Group!).Distinct(StringComparer.Ordinal);
        var groups = classes.Order(GroupOrder.Instance).ToList();
        if (rows.Any(r => r.Kind == PersonKind.Staff))
        {
            groups.Add(StaffGroup);
        }

        return groups;
    }

    /// <summary>The people of one class (or the staff) with their current choices for a school year; empty for a class the school does not have.</summary>
    public async Task<ClassChoices> ClassAsync(int schoolId, string group, SchoolYear year, CancellationToken cancellationToken = default)
    {
        var people = await PeopleAsync(schoolId, group, cancellationToken);
        var choices = await registry.CurrentAsync(schoolId, people.Select(p => p.Id).ToList(), year, cancellationToken);
        return new ClassChoices(group, people, choices);
    }

    /// <summary>Per class, the people who have not answered every purpose for this school year (renewal), with the purposes still open.</summary>
    public async Task<IReadOnlyList<RenewalGroup>> RenewalAsync(
        int schoolId, SchoolYear year, IReadOnlyList<ConsentPurpose> purposes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(purposes);
        var today = SchoolDay.Today(time);
        var people = await Present(schoolId, today).Where(p => p.Kind != PersonKind.Parent).ToListAsync(cancellationToken);
        var choices = await registry.CurrentAsync(schoolId, null, year, cancellationToken);
        return people
            .Select(p => new RenewalPerson(p, purposes.Where(purpose => choices.Of(p.Id, purpose.Code) is null).ToList()))
            .Where(r => r.Open.Count > 0)
            .GroupBy(r => GroupOf(r.Person))
            .OrderBy(g => g.Key == StaffGroup ? 1 : 0).ThenBy(g => g.Key, GroupOrder.Instance)
            .Select(g => new RenewalGroup(g.Key, g.OrderBy(r => r.Person.LastName, StringComparer.Ordinal).ThenBy(r => r.Person.FirstName, StringComparer.Ordinal).ToList()))
            .ToList();
    }

    public static string GroupOf(SchoolPerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return person.Kind == PersonKind.Staff ? StaffGroup : person.Group ?? "zonder klas";
    }

    private async Task<List<SchoolPerson>> PeopleAsync(int schoolId, string group, CancellationToken cancellationToken)
    {
        var present = Present(schoolId, SchoolDay.Today(time));
        var query = string.Equals(group, StaffGroup, StringComparison.Ordinal)
            ? present.Where(p => p.Kind == PersonKind.Staff)
            : present.Where(p => p.Kind == PersonKind.Pupil && p.Group == group);
        return await query.OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ThenBy(p => p.Id).ToListAsync(cancellationToken);
    }

    // Pupils who have left are no longer photographed; their records stay until the roster drops them.
    private IQueryable<SchoolPerson> Present(int schoolId, DateOnly today) =>
        db.People.AsNoTracking().Where(p => p.SchoolId == schoolId && (p.Left == null || p.Left > today));
}

/// <summary>One class (or the staff) with everyone's current choices.</summary>
public sealed record ClassChoices(string Group, IReadOnlyList<SchoolPerson> People, CurrentChoices Choices)
{
    /// <summary>"Wie mag op de foto?" for one purpose: who may, who may not, who has not answered (and so may not either).</summary>
    public (IReadOnlyList<SchoolPerson> Yes, IReadOnlyList<SchoolPerson> No, IReadOnlyList<SchoolPerson> NoAnswer) Split(string purpose) =>
    (
        People.Where(p => Choices.Answer(p.Id, purpose) == ConsentAnswer.Given).ToList(),
        People.Where(p => Choices.Answer(p.Id, purpose) == ConsentAnswer.Refused).ToList(),
        People.Where(p => Choices.Answer(p.Id, purpose) == ConsentAnswer.NoAnswer).ToList()
    );
}

/// <summary>A class in the renewal list, with its people who still have to answer.</summary>
public sealed record RenewalGroup(string Group, IReadOnlyList<RenewalPerson> People);

/// <summary>Someone who has not answered every purpose for the school year, and the purposes still open.</summary>
public sealed record RenewalPerson(SchoolPerson Person, IReadOnlyList<ConsentPurpose> Open);
