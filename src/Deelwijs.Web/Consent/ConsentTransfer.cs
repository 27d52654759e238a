using Deelwijs.Core.Consent;
using Deelwijs.Core.Rosters;
using Deelwijs.Data;
using Microsoft.EntityFrameworkCore;

namespace Deelwijs.Web.Consent;

/// <summary>
/// Consent files of school administration systems (README "Beeldtoestemming"): a preview with every problem by line and
/// column, an all-or-nothing import (method Import) and an export of the current choices in the same format.
/// </summary>
public sealed class ConsentTransfer(DeelwijsDbContext db, ConsentRegistry registry, ConsentPurposeSettings purposes, TimeProvider time)
{
    /// <summary>Larger files are refused before reading; 2,000 people with 7 purposes is about 1 MB.</summary>
    public const int MaxBytes = 10 * 1024 * 1024;

    /// <summary>Reads the file against the school's roster and purposes; either every decision, or every problem.</summary>
    public async Task<ConsentImportPreview> ReadAsync(int schoolId, byte[] content, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var people = await db.People.AsNoTracking().Where(p => p.SchoolId == schoolId).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var codes = (await purposes.AllAsync(schoolId, cancellationToken)).Select(p => p.Code).ToList();
        var idOf = new Dictionary<Person, int>();
        foreach (var person in people)
        {
            idOf.TryAdd(person.ToPerson(), person.Id);
        }

        try
        {
            using var stream = new MemoryStream(content, writable: false);
            var decisions = ConsentCsvReader.Read(stream, fileName, new Roster(people.Select(p => p.ToPerson()).ToList()), codes);
            return new ConsentImportPreview(decisions.Select(d => new ImportedDecision(idOf[d.Person], d)).ToList(), []);
        }
        catch (ConsentFormatException exception)
        {
            return new ConsentImportPreview([], exception.Problems);
        }
    }

    /// <summary>Records every decision of a valid preview in one transaction; lines already in the registry are skipped. Returns how many were added.</summary>
    public async Task<int> ImportAsync(int schoolId, string userId, ConsentImportPreview preview, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(preview);
        if (!preview.IsValid)
        {
            throw new ArgumentException("Only a valid preview can be imported.", nameof(preview));
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var ids = preview.Decisions.Select(d => d.PersonId).Distinct().ToList();
            var known = (await db.ConsentRecords.AsNoTracking()
                    .Where(r => r.SchoolId == schoolId && ids.Contains(r.PersonId))
                    .Select(r => new { r.PersonId, r.Purpose, r.Granted, r.SchoolYear, r.GivenOn, r.GivenBy })
                    .ToListAsync(cancellationToken))
                .Select(r => (r.PersonId, r.Purpose, r.Granted, r.SchoolYear, r.GivenOn, r.GivenBy))
                .ToHashSet();
            var now = time.GetUtcNow();
            var added = 0;
            foreach (var (personId, decision) in preview.Decisions)
            {
                if (!known.Add((personId, decision.Purpose, decision.Granted, decision.SchoolYear, decision.Date, decision.GivenBy)))
                {
                    continue;
                }

                db.ConsentRecords.Add(new ConsentRecord
                {
                    SchoolId = schoolId,
                    PersonId = personId,
                    Purpose = decision.Purpose,
                    Granted = decision.Granted,
                    SchoolYear = decision.SchoolYear,
                    GivenOn = decision.Date,
                    GivenBy = decision.GivenBy,
                    Method = ConsentMethod.Import,
                    RecordedByUserId = userId,
                    RecordedAt = now,
                });
                added++;
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return added;
        });
    }

    /// <summary>Writes the current choices of everyone at the school for a school year, in the import format.</summary>
    public async Task ExportAsync(int schoolId, SchoolYear year, Stream output, CancellationToken cancellationToken = default)
    {
        var choices = await registry.CurrentAsync(schoolId, null, year, cancellationToken);
        var people = await db.People.AsNoTracking().Where(p => p.SchoolId == schoolId).ToDictionaryAsync(p => p.Id, cancellationToken);
        var decisions = choices.All
            .Where(c => people.ContainsKey(c.PersonId))
            .Select(c => (Person: people[c.PersonId], Choice: c))
            .OrderBy(x => x.Person.Group, StringComparer.Ordinal).ThenBy(x => x.Person.LastName, StringComparer.Ordinal)
            .ThenBy(x => x.Person.FirstName, StringComparer.Ordinal).ThenBy(x => x.Person.Id).ThenBy(x => x.Choice.Purpose, StringComparer.Ordinal)
            .Select(x => new ConsentDecision(x.Person.ToPerson(), x.Choice.Purpose, x.Choice.Granted, x.Choice.GivenOn, x.Choice.GivenBy, year));
        ConsentCsvWriter.Write(output, decisions);
    }
}

/// <summary>What a consent file holds: the decisions (with the roster person each is about) when valid, otherwise every problem.</summary>
public sealed record ConsentImportPreview(IReadOnlyList<ImportedDecision> Decisions, IReadOnlyList<RosterProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}

/// <summary>One decision of a consent file and the id of the roster person it is about.</summary>
public sealed record ImportedDecision(int PersonId, ConsentDecision Decision);
