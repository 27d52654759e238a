using Deelwijs.Core.Incidents;
using Deelwijs.Core.Protocols;
using Deelwijs.Data;
using Deelwijs.Web.Checks;
using Deelwijs.Web.Schools;
using Microsoft.EntityFrameworkCore;

namespace Deelwijs.Web.Incidents;

/// <summary>
/// Gathers what a letter about a case needs (an invitation to a conversation, the notice of a measure, the notice of a
/// suspension to the Inspectie): the values of the Documents project's placeholders, for a handler of the case.
/// </summary>
public sealed class IncidentLetters(DeelwijsDbContext db, IncidentCases cases, SchoolEngines engines, TimeProvider time)
{
    public async Task<LetterFacts?> GatherAsync(SchoolAccess school, Actor actor, int id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(school);
        ArgumentNullException.ThrowIfNull(actor);
        var incident = await cases.LoadAsync(school, id, track: false, cancellationToken);
        if (incident is null)
        {
            return null;
        }

        var subject = incident.People.FirstOrDefault(p => p.SubjectAs is not null);
        var parents = subject?.PersonId is { } personId && subject.SubjectAs == CaseSubject.Pupil
            ? await db.Guardianships.AsNoTracking().Where(g => g.PersonId == personId).Select(g => g.User!.DisplayName).OrderBy(n => n).ToListAsync(cancellationToken)
            : [];
        var function = await db.Memberships.AsNoTracking()
            .Where(m => m.UserId == actor.UserId && (m.SchoolId == school.SchoolId || m.BoardId == school.BoardId) && m.Function != null)
            .Select(m => m.Function).FirstOrDefaultAsync(cancellationToken);
        var ladder = (await engines.GetAsync(school.SchoolId, cancellationToken)).Protocol.Ladders.For(incident.Subject.Ladder());
        var measure = incident.Steps
            .OrderBy(s => s.Date).ThenBy(s => s.Id)
            .Select(s => ladder.Find(s.StepId))
            .LastOrDefault(s => s?.Type.Kind == StepKind.Measure);
        return new LetterFacts(
            school.SchoolName,
            subject?.SubjectAs == CaseSubject.Staff ? null : subject?.Name,
            parents.Count == 0 ? null : string.Join(" en ", parents),
            subject?.SubjectAs == CaseSubject.Staff ? subject.Name : null,
            SchoolDayOf(time),
            measure?.Title,
            incident.Description,
            incident.SuspensionDays,
            actor.Name,
            function);
    }

    private static DateOnly SchoolDayOf(TimeProvider time) => Consent.SchoolDay.Today(time);
}

/// <summary>The values of a letter about a case; the handler completes what is missing (the day of a conversation, the suspension's dates).</summary>
/// <param name="Measure">The title of the latest measure recorded, if any.</param>
/// <param name="Reason">What happened, as reported; the handler rewrites it for the letter.</param>
public sealed record LetterFacts(
    string School,
    string? Pupil,
    string? Parents,
    string? StaffMember,
    DateOnly Date,
    string? Measure,
    string Reason,
    int SuspensionDays,
    string Signatory,
    string? Function);
