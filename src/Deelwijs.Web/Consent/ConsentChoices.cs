using Deelwijs.Core.Consent;
using Deelwijs.Data;
using Deelwijs.Web.Schools;
using Microsoft.EntityFrameworkCore;

namespace Deelwijs.Web.Consent;

/// <summary>
/// Records image-consent choices: parents for their children under 16, pupils from 16 and staff and parents for
/// themselves (in Deelwijs), and the office, director or privacy officer for anyone from a paper form. Every choice is
/// a new record; a "nee" after a "ja" is a withdrawal that counts at once.
/// </summary>
public sealed class ConsentChoices(DeelwijsDbContext db, ConsentRegistry registry, ConsentPurposeSettings purposes, TimeProvider time)
{
    /// <summary>The people whose choices this account sees on its own page: its children at this school, then itself (when linked to the roster).</summary>
    public async Task<IReadOnlyList<ConsentSubject>> SubjectsAsync(string userId, int schoolId, CancellationToken cancellationToken = default)
    {
        var today = SchoolDay.Today(time);
        var self = await db.Memberships.AsNoTracking()
            .Where(m => m.UserId == userId && m.SchoolId == schoolId && m.Person != null && m.Person.SchoolId == schoolId)
            .Select(m => m.Person!)
            .ToListAsync(cancellationToken);
        var children = await db.Guardianships.AsNoTracking()
            .Where(g => g.UserId == userId && g.Person!.SchoolId == schoolId)
            .Select(g => g.Person!)
            .OrderBy(p => p.BirthDate).ThenBy(p => p.FirstName)
            .ToListAsync(cancellationToken);
        return children.Where(c => self.All(s => s.Id != c.Id)).Select(p => ConsentSubject.For(p, ConsentRelation.Child, today))
            .Concat(self.DistinctBy(p => p.Id).Select(p => ConsentSubject.For(p, ConsentRelation.Self, today)))
            .ToList();
    }

    /// <summary>Changes this account's own choices or its child's, in Deelwijs (method Portal), for the current school year; only what differs from now is recorded.</summary>
    public async Task<ConsentSaveResult> SaveAsync(
        string userId, int schoolId, int personId, IReadOnlyDictionary<string, bool> choices, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var subject = (await SubjectsAsync(userId, schoolId, cancellationToken)).FirstOrDefault(s => s.Person.Id == personId);
        if (subject is null)
        {
            return ConsentSaveResult.NotFound;
        }

        if (subject.DecidesAs is not { } giver)
        {
            return new ConsentSaveResult(ConsentSaveStatus.NotAllowed, Problem: subject.ReadOnlyReason);
        }

        var today = SchoolDay.Today(time);
        var year = SchoolYear.Of(today);
        if (await UnknownPurposeAsync(schoolId, choices.Keys, cancellationToken) is { } unknown)
        {
            return ConsentSaveResult.Invalid(unknown);
        }

        var current = await registry.CurrentAsync(schoolId, [personId], year, cancellationToken);
        var changed = choices.Where(c => current.Answer(personId, c.Key) != (c.Value ? ConsentAnswer.Given : ConsentAnswer.Refused)).ToList();
        return await AddAsync(subject.Person, changed, today, year, giver, ConsentMethod.Portal, userId, current, cancellationToken);
    }

    /// <summary>
    /// Enters a paper form for anyone at the school (office, director, privacy officer): the answers on it, the date it
    /// was signed (which decides who had to sign) and the school year it is for (this one or the next).
    /// </summary>
    public async Task<ConsentSaveResult> RecordFormAsync(
        SchoolAccess recorder, string userId, int personId, IReadOnlyDictionary<string, bool> answers, DateOnly signedOn, SchoolYear year,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recorder);
        ArgumentNullException.ThrowIfNull(answers);
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId && p.SchoolId == recorder.SchoolId, cancellationToken);
        if (person is null || !ConsentRoles.IsRecorder(recorder))
        {
            return ConsentSaveResult.NotFound;
        }

        var today = SchoolDay.Today(time);
        if (signedOn > today)
        {
            return ConsentSaveResult.Invalid("De datum van ondertekening ligt in de toekomst; vul de datum op het formulier in.");
        }

        if (year != SchoolYear.Of(today) && year != SchoolYear.Of(today).Next)
        {
            return ConsentSaveResult.Invalid("Kies dit schooljaar of het volgende.");
        }

        if (answers.Count == 0)
        {
            return ConsentSaveResult.Invalid("Vul voor minstens één doel 'ja' of 'nee' in, zoals op het formulier staat.");
        }

        if (await UnknownPurposeAsync(recorder.SchoolId, answers.Keys, cancellationToken) is { } unknown)
        {
            return ConsentSaveResult.Invalid(unknown);
        }

        // A form is a document of its own: every answer on it is recorded, also one that repeats the current choice.
        var current = await registry.CurrentAsync(recorder.SchoolId, [personId], year, cancellationToken);
        var giver = ConsentRules.WhoDecides(person.ToPerson(), signedOn);
        return await AddAsync(person, answers.ToList(), signedOn, year, giver, ConsentMethod.Form, userId, current, cancellationToken);
    }

    private async Task<ConsentSaveResult> AddAsync(
        SchoolPerson person, IReadOnlyList<KeyValuePair<string, bool>> choices, DateOnly givenOn, SchoolYear year, ConsentGiver giver,
        ConsentMethod method, string userId, CurrentChoices current, CancellationToken cancellationToken)
    {
        if (ConsentRules.Problem(person.ToPerson(), giver, givenOn) is { } problem)
        {
            return ConsentSaveResult.Invalid(problem);
        }

        var now = time.GetUtcNow();
        db.ConsentRecords.AddRange(choices.Select(choice => new ConsentRecord
        {
            SchoolId = person.SchoolId,
            PersonId = person.Id,
            Purpose = choice.Key,
            Granted = choice.Value,
            SchoolYear = year,
            GivenOn = givenOn,
            GivenBy = giver,
            Method = method,
            RecordedByUserId = userId,
            RecordedAt = now,
        }));
        await db.SaveChangesAsync(cancellationToken);
        var withdrawn = choices.Any(c => !c.Value && current.Answer(person.Id, c.Key) == ConsentAnswer.Given);
        return new ConsentSaveResult(ConsentSaveStatus.Saved, choices.Count, withdrawn);
    }

    private async Task<string?> UnknownPurposeAsync(int schoolId, IEnumerable<string> codes, CancellationToken cancellationToken)
    {
        var active = (await purposes.ActiveAsync(schoolId, cancellationToken)).Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        return codes.FirstOrDefault(c => !active.Contains(c)) is { } unknown
            ? $"'{unknown}' is geen doel waarvoor de school nu toestemming vraagt."
            : null;
    }
}
