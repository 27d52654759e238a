using Deelwijs.Core.Rosters;
using Deelwijs.Data;
using Microsoft.EntityFrameworkCore;

namespace Deelwijs.Web.Checks;

/// <summary>The school's people grouped as a teacher looks for them (per class, then staff, then parents), to say who is on a photo.</summary>
public sealed class RosterChoices(DeelwijsDbContext db)
{
    public async Task<IReadOnlyList<PeopleGroup>> ForSchoolAsync(int schoolId, CancellationToken cancellationToken)
    {
        var people = await db.People.AsNoTracking()
            .Where(p => p.SchoolId == schoolId && p.Left == null)
            .Select(p => new { p.Id, p.Kind, p.FirstName, p.Tussenvoegsel, p.LastName, p.Group })
            .ToListAsync(cancellationToken);
        return people
            .GroupBy(p => p.Kind switch
            {
                PersonKind.Pupil => p.Group is null ? "Leerlingen zonder klas" : $"Klas {p.Group}",
                PersonKind.Staff => "Medewerkers",
                _ => "Ouders",
            })
            .OrderBy(g => g.First().Kind).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new PeopleGroup(g.Key, [.. g
                .Select(p => new PersonChoice(p.Id, new Person(p.Kind, p.FirstName, p.Tussenvoegsel, p.LastName).FullName))
                .OrderBy(p => p.Name, StringComparer.Ordinal)]))
            .ToList();
    }
}

/// <summary>A class or other group of people to choose from.</summary>
public sealed record PeopleGroup(string Label, IReadOnlyList<PersonChoice> People);

/// <summary>One person to choose: roster id and full name.</summary>
public sealed record PersonChoice(int Id, string Name);
