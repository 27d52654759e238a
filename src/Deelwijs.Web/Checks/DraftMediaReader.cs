using Deelwijs.Core.Media;
using Deelwijs.Core.Rosters;
using Deelwijs.Data;
using Deelwijs.Web.Consent;
using Microsoft.EntityFrameworkCore;

namespace Deelwijs.Web.Checks;

/// <summary>
/// Turns a draft's files and chosen people into what the check needs, with the consents read from the database at this
/// moment (a withdrawal counts in the very next check). People of another school are never found.
/// </summary>
public sealed class DraftMediaReader(DeelwijsDbContext db, ConsentRegistry consents)
{
    /// <param name="personIds">People chosen from the school's roster.</param>
    /// <param name="names">People named by an API caller, as written on the roster.</param>
    public async Task<DraftMedia> ReadAsync(
        int schoolId, IReadOnlyList<MediaItem> items, IReadOnlyCollection<int> personIds, IReadOnlyCollection<string> names,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0 && personIds.Count == 0 && names.Count == 0)
        {
            return DraftMedia.None;
        }

        var people = await db.People.AsNoTracking().Where(p => p.SchoolId == schoolId).ToListAsync(cancellationToken);
        var byPerson = people.GroupBy(p => p.ToPerson()).ToDictionary(g => g.Key, g => g.First());
        var lookup = new RosterLookup(new Roster([.. byPerson.Keys]));
        Person? Find(string name) => lookup.ByName(name) is [var only] ? only : null;

        var depicted = people.Where(p => personIds.Contains(p.Id)).Select(p => p.ToPerson()).Select(p => new DepictedPerson(p.FullName, p))
            .Concat(names.Select(name => new DepictedPerson(name, Find(name))))
            .ToList();

        // Names tagged in the files stay with the items (the engine adds them); their consents must be in the register too.
        var everyone = depicted.Select(d => d.Person).Concat(items.SelectMany(i => i.TaggedNames).Select(Find)).OfType<Person>();
        var register = await consents.RegisterForAsync(schoolId, everyone.Distinct().Select(p => byPerson[p]).ToList(), cancellationToken: cancellationToken);
        return new DraftMedia(items, depicted, register);
    }
}
