using Deelwijs.Core.Consent;
using Deelwijs.Data;
using Microsoft.EntityFrameworkCore;

namespace Deelwijs.Web.Consent;

/// <summary>
/// Reads the image-consent registry of a school: the current choices (the latest record per person, purpose and school
/// year) and, for the check, a Core <see cref="ConsentRegister"/>. Always straight from the database, so a withdrawal
/// counts in the very next check.
/// </summary>
public sealed class ConsentRegistry(DeelwijsDbContext db, ConsentPurposeSettings purposes, TimeProvider time)
{
    /// <summary>
    /// The register a check needs for these people of the school on <paramref name="day"/> (default: today); its Person
    /// values are <see cref="SchoolPerson.ToPerson"/>. People of another school are left out, so they have no consent.
    /// </summary>
    public async Task<ConsentRegister> RegisterForAsync(
        int schoolId, IEnumerable<SchoolPerson> people, DateOnly? day = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(people);
        var year = SchoolYear.Of(day ?? SchoolDay.Today(time));
        var own = people.Where(p => p.SchoolId == schoolId).DistinctBy(p => p.Id).ToList();
        var choices = await CurrentAsync(schoolId, own.Select(p => p.Id).ToList(), year, cancellationToken);
        var byId = own.ToDictionary(p => p.Id);
        var decisions = choices.All
            .Select(c => new ConsentDecision(byId[c.PersonId].ToPerson(), c.Purpose, c.Granted, c.GivenOn, c.GivenBy, year))
            .ToList();
        var all = (await purposes.AllAsync(schoolId, cancellationToken)).Select(p => p.ToPurpose()).ToList();
        return new ConsentRegister(decisions, year, all);
    }

    /// <summary>The register for the roster people with these ids (as the check page's depicted people are chosen).</summary>
    public async Task<ConsentRegister> RegisterForAsync(
        int schoolId, IReadOnlyCollection<int> personIds, DateOnly? day = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(personIds);
        var people = await db.People.AsNoTracking().Where(p => p.SchoolId == schoolId && personIds.Contains(p.Id)).ToListAsync(cancellationToken);
        return await RegisterForAsync(schoolId, people, day, cancellationToken);
    }

    /// <summary>The current choices for one school year, of these people or (null) of everyone at the school.</summary>
    public async Task<CurrentChoices> CurrentAsync(
        int schoolId, IReadOnlyCollection<int>? personIds, SchoolYear year, CancellationToken cancellationToken = default)
    {
        var query = db.ConsentRecords.AsNoTracking().Where(r => r.SchoolId == schoolId && r.SchoolYear == year);
        if (personIds is not null)
        {
            query = query.Where(r => personIds.Contains(r.PersonId));
        }

        // The day decides; on the same day the later record (a withdrawal typed in after the form) wins.
        var records = await query
            .OrderBy(r => r.GivenOn).ThenBy(r => r.Id)
            .Select(r => new CurrentChoice(r.PersonId, r.Purpose, r.Granted, r.GivenOn, r.GivenBy, r.Method))
            .ToListAsync(cancellationToken);
        var latest = new Dictionary<(int, string), CurrentChoice>();
        foreach (var record in records)
        {
            latest[(record.PersonId, record.Purpose)] = record;
        }

        return new CurrentChoices(year, latest);
    }

    /// <summary>Every record about one person of the school, newest first, with who entered it: for the office, director and privacy officer only.</summary>
    public async Task<IReadOnlyList<ConsentHistoryEntry>> HistoryAsync(int schoolId, int personId, CancellationToken cancellationToken = default) =>
        await db.ConsentRecords.AsNoTracking()
            .Where(r => r.SchoolId == schoolId && r.PersonId == personId)
            .OrderByDescending(r => r.Id)
            .Select(r => new ConsentHistoryEntry(r.Purpose, r.Granted, r.SchoolYear, r.GivenOn, r.GivenBy, r.Method,
                r.RecordedBy == null ? null : r.RecordedBy.DisplayName, r.RecordedAt))
            .ToListAsync(cancellationToken);
}

/// <summary>One record in a person's consent history, as the office reads it.</summary>
public sealed record ConsentHistoryEntry(
    string Purpose, bool Granted, SchoolYear SchoolYear, DateOnly GivenOn, ConsentGiver GivenBy, ConsentMethod Method, string? RecordedBy, DateTimeOffset RecordedAt);
