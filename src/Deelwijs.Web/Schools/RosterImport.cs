using Deelwijs.Core.Rosters;
using Deelwijs.Data;
using Deelwijs.Web.Checks;
using Microsoft.EntityFrameworkCore;

namespace Deelwijs.Web.Schools;

/// <summary>
/// Reads a roster CSV (the same format as the CLI's --roster) and makes it the school's roster, all or nothing: people
/// still in the file keep their consents and account links, people no longer in it go together with their consents.
/// </summary>
public sealed class RosterImport(DeelwijsDbContext db, SchoolEngines engines)
{
    /// <summary>Larger files are refused before reading; a school of 2,000 people is about 150 kB.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    /// <summary>Reads the file; either every person, or every problem with its line and column.</summary>
    public static RosterPreview Read(byte[] content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            return new RosterPreview(RosterCsvReader.Read(stream, fileName).People, []);
        }
        catch (RosterFormatException exception)
        {
            return new RosterPreview([], exception.Problems);
        }
    }

    /// <summary>What importing these people would do to the school's roster: who stays (possibly changed), who is new, who goes.</summary>
    public async Task<RosterMerge> PlanAsync(int schoolId, IReadOnlyList<Person> people, CancellationToken cancellationToken = default) =>
        RosterMerge.Plan(await db.People.AsNoTracking().Where(p => p.SchoolId == schoolId).OrderBy(p => p.Id).ToListAsync(cancellationToken), people);

    /// <summary>Makes these people the school's whole roster in one transaction; returns how many people it now has.</summary>
    public async Task<int> ReplaceAsync(int schoolId, IReadOnlyList<Person> people, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(people);
        var strategy = db.Database.CreateExecutionStrategy();
        var count = await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var existing = await db.People.Where(p => p.SchoolId == schoolId).OrderBy(p => p.Id).ToListAsync(cancellationToken);
            var merge = RosterMerge.Plan(existing, people);
            foreach (var (person, updated) in merge.Kept)
            {
                person.Update(updated);
            }

            db.People.AddRange(merge.Added.Select(person => SchoolPerson.From(schoolId, person)));

            // The database removes their consent records and guardianships with them, and unlinks their accounts.
            db.People.RemoveRange(merge.Removed);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return people.Count;
        });

        // The next check must know the new names.
        engines.Invalidate(schoolId);
        return count;
    }
}

/// <summary>What a roster file holds: the people when it is valid, otherwise the problems (and no people).</summary>
public sealed record RosterPreview(IReadOnlyList<Person> People, IReadOnlyList<RosterProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
