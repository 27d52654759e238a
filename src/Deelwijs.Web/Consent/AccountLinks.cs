using Deelwijs.Core.Checks;
using Deelwijs.Core.Rosters;
using Deelwijs.Data;
using Microsoft.EntityFrameworkCore;

namespace Deelwijs.Web.Consent;

/// <summary>
/// Which accounts belong to a person on the roster: the person's own account (a pupil of 16 or older, staff, a parent)
/// and the accounts of a pupil's parents. The office links them, so parents see exactly their own children.
/// </summary>
public sealed class AccountLinks(DeelwijsDbContext db)
{
    /// <summary>The accounts linked to this person of the school, as themselves or as their parent.</summary>
    public async Task<IReadOnlyList<LinkedAccount>> ListAsync(int schoolId, int personId, CancellationToken cancellationToken = default)
    {
        var own = await db.Memberships.AsNoTracking()
            .Where(m => m.SchoolId == schoolId && m.PersonId == personId)
            .Select(m => new LinkedAccount(m.UserId, m.User!.DisplayName, m.User.Email ?? "", ConsentRelation.Self))
            .ToListAsync(cancellationToken);
        var parents = await db.Guardianships.AsNoTracking()
            .Where(g => g.PersonId == personId && g.Person!.SchoolId == schoolId)
            .Select(g => new LinkedAccount(g.UserId, g.User!.DisplayName, g.User.Email ?? "", ConsentRelation.Child))
            .ToListAsync(cancellationToken);
        return [.. own.DistinctBy(a => a.UserId), .. parents.OrderBy(p => p.Name, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Links the account with this e-mail address to the person: as a parent (the account needs the parent role at the
    /// school) or as the person themselves (any role at the school). Returns the problem in Dutch, or null when done.
    /// </summary>
    public async Task<string?> LinkAsync(int schoolId, int personId, string? email, ConsentRelation relation, CancellationToken cancellationToken = default)
    {
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId && p.SchoolId == schoolId, cancellationToken);
        var normalized = email?.Trim().ToUpperInvariant() ?? "";
        var memberships = await db.Memberships
            .Where(m => m.SchoolId == schoolId && m.User!.NormalizedEmail == normalized)
            .ToListAsync(cancellationToken);
        if (person is null)
        {
            return "Deze persoon staat niet (meer) op de leerlingenlijst.";
        }

        if (memberships.Count == 0)
        {
            return "Er is geen account met dit e-mailadres op deze school. De directie voegt het toe bij 'Mensen en rollen'.";
        }

        var userId = memberships[0].UserId;
        if (relation == ConsentRelation.Child)
        {
            if (person.Kind != PersonKind.Pupil || !memberships.Any(m => m.Role == Role.Parent))
            {
                return person.Kind != PersonKind.Pupil
                    ? "Alleen een leerling heeft ouders die voor hem of haar kiezen."
                    : "Dit account heeft op deze school niet de rol ouder. De directie geeft die rol bij 'Mensen en rollen'.";
            }

            if (!await db.Guardianships.AnyAsync(g => g.UserId == userId && g.PersonId == personId, cancellationToken))
            {
                db.Guardianships.Add(new Guardianship { UserId = userId, PersonId = personId });
            }
        }
        else
        {
            if (await db.Memberships.AnyAsync(m => m.SchoolId == schoolId && m.PersonId == personId && m.UserId != userId, cancellationToken))
            {
                return "Aan deze persoon is al een ander account gekoppeld; ontkoppel dat eerst.";
            }

            memberships.ForEach(m => m.PersonId = personId);
        }

        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Removes the link between an account and this person of the school (as themselves or as parent).</summary>
    public async Task<bool> UnlinkAsync(int schoolId, int personId, string userId, CancellationToken cancellationToken = default)
    {
        var parents = await db.Guardianships
            .Where(g => g.PersonId == personId && g.UserId == userId && g.Person!.SchoolId == schoolId)
            .ExecuteDeleteAsync(cancellationToken);
        var own = await db.Memberships
            .Where(m => m.SchoolId == schoolId && m.PersonId == personId && m.UserId == userId)
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.PersonId, (int?)null), cancellationToken);
        return parents + own > 0;
    }
}

/// <summary>An account linked to a person on the roster: their own (<see cref="ConsentRelation.Self"/>) or a parent's (<see cref="ConsentRelation.Child"/>).</summary>
public sealed record LinkedAccount(string UserId, string Name, string Email, ConsentRelation Relation);
