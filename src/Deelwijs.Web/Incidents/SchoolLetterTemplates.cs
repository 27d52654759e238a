using Deelwijs.Data;
using Deelwijs.Documents;
using Microsoft.EntityFrameworkCore;

namespace Deelwijs.Web.Incidents;

/// <summary>
/// The letters a school makes about cases: the default Dutch texts, or the school's own version of one (edited by a director at
/// /Beheer/Brieven). Another school's version is never used.
/// </summary>
public sealed class SchoolLetterTemplates(DeelwijsDbContext db, TimeProvider time)
{
    /// <summary>Every letter the school can make, its own version where it has one.</summary>
    public async Task<IReadOnlyList<SchoolLetter>> AllAsync(int schoolId, CancellationToken cancellationToken = default)
    {
        var own = await db.LetterTemplates.AsNoTracking()
            .Where(l => l.SchoolId == schoolId)
            .Select(l => new { l.Code, l.Body, l.UpdatedAt, By = l.UpdatedByUser == null ? null : l.UpdatedByUser.DisplayName })
            .ToListAsync(cancellationToken);
        return LetterTemplates.Defaults
            .Select(d => own.FirstOrDefault(o => string.Equals(o.Code, d.Code, StringComparison.Ordinal)) is { } o
                ? new SchoolLetter(d with { Body = o.Body }, d, true, o.UpdatedAt, o.By)
                : new SchoolLetter(d, d, false, null, null))
            .ToList();
    }

    /// <summary>The letter the school uses for this code; null when there is no such default letter.</summary>
    public async Task<SchoolLetter?> FindAsync(int schoolId, string? code, CancellationToken cancellationToken = default) =>
        code is null ? null : (await AllAsync(schoolId, cancellationToken)).FirstOrDefault(l => string.Equals(l.Template.Code, code, StringComparison.Ordinal));

    /// <summary>Saves the school's version; refused (nothing saved) with the problems when the text has any.</summary>
    public async Task<IReadOnlyList<TemplateProblem>> SaveAsync(int schoolId, Actor actor, string code, string? body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var standard = LetterTemplates.Find(code) ?? throw new ArgumentException($"No default letter {code}.", nameof(code));
        var text = (body ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();
        if (text.Trim().Length == 0)
        {
            return [new TemplateProblem(1, 1, null, "De brief is leeg. Schrijf de tekst, of zet de standaardtekst terug.")];
        }

        if (text.Length > LetterTemplateOverride.BodyLength)
        {
            return [new TemplateProblem(1, 1, null, "De brief is te lang: gebruik hoogstens 20.000 tekens.")];
        }

        var problems = LetterRenderer.Check(standard with { Body = text });
        if (problems.Count > 0)
        {
            return problems;
        }

        var row = await db.LetterTemplates.SingleOrDefaultAsync(l => l.SchoolId == schoolId && l.Code == code, cancellationToken);
        if (row is null)
        {
            row = new LetterTemplateOverride { SchoolId = schoolId, Code = code, Body = text };
            db.LetterTemplates.Add(row);
        }

        (row.Body, row.UpdatedBy, row.UpdatedAt) = (text, actor.UserId, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>Removes the school's version: the school uses the default text again.</summary>
    public async Task ResetAsync(int schoolId, string code, CancellationToken cancellationToken = default)
    {
        var row = await db.LetterTemplates.SingleOrDefaultAsync(l => l.SchoolId == schoolId && l.Code == code, cancellationToken);
        if (row is null)
        {
            return;
        }

        db.LetterTemplates.Remove(row);
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>A letter as one school uses it: <see cref="Template"/> is its own version when <see cref="Own"/>, else the default.</summary>
public sealed record SchoolLetter(LetterTemplate Template, LetterTemplate Default, bool Own, DateTimeOffset? UpdatedAt, string? UpdatedBy);
