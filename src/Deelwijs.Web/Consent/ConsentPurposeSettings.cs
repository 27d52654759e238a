using System.Text.RegularExpressions;
using Deelwijs.Core.Consent;
using Deelwijs.Data;
using Microsoft.EntityFrameworkCore;

namespace Deelwijs.Web.Consent;

/// <summary>The purposes a school asks image consent for: the defaults at first, renamed, added to or switched off by the director.</summary>
public sealed partial class ConsentPurposeSettings(DeelwijsDbContext db)
{
    /// <summary>Every purpose of the school, switched off ones too, in the school's order; a school without any gets the defaults.</summary>
    public async Task<IReadOnlyList<ConsentPurposeSetting>> AllAsync(int schoolId, CancellationToken cancellationToken = default)
    {
        var purposes = await LoadAsync(schoolId, cancellationToken);
        if (purposes.Count > 0)
        {
            return purposes;
        }

        // A school created after the migration that gave existing schools their defaults.
        db.ConsentPurposes.AddRange(ConsentPurposeSetting.DefaultsFor(schoolId));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request gave the school its defaults at the same moment; theirs count.
            db.ChangeTracker.Clear();
        }

        return await LoadAsync(schoolId, cancellationToken);
    }

    /// <summary>The purposes parents are asked about now, as Core purposes.</summary>
    public async Task<IReadOnlyList<ConsentPurpose>> ActiveAsync(int schoolId, CancellationToken cancellationToken = default) =>
        (await AllAsync(schoolId, cancellationToken)).Where(p => p.Active).Select(p => p.ToPurpose()).ToList();

    /// <summary>Changes a purpose's words or switches it on or off; returns the problem in Dutch, or null when done.</summary>
    public async Task<string?> UpdateAsync(int schoolId, string code, string? name, string? explanation, bool active, CancellationToken cancellationToken = default)
    {
        if (Problem(name, explanation) is { } problem)
        {
            return problem;
        }

        var purpose = await db.ConsentPurposes.SingleOrDefaultAsync(p => p.SchoolId == schoolId && p.Code == code, cancellationToken);
        if (purpose is null)
        {
            return "Dit doel bestaat niet (meer) bij deze school.";
        }

        purpose.Name = name!.Trim();
        purpose.Explanation = explanation!.Trim();
        purpose.Active = active;
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Adds a purpose of the school's own, asked from now on; returns the problem in Dutch, or null when done.</summary>
    public async Task<string?> AddAsync(int schoolId, string? code, string? name, string? explanation, CancellationToken cancellationToken = default)
    {
        code = code?.Trim().ToLowerInvariant() ?? "";
        if (!CodePattern().IsMatch(code))
        {
            return "De code bestaat uit kleine letters, cijfers en streepjes (bijvoorbeeld 'jaarboek'), 2 tot 50 tekens; ouders zien hem niet, bestanden gebruiken hem.";
        }

        if (Problem(name, explanation) is { } problem)
        {
            return problem;
        }

        var existing = await AllAsync(schoolId, cancellationToken);
        if (existing.Any(p => string.Equals(p.Code, code, StringComparison.Ordinal)))
        {
            return $"De school heeft al een doel met de code '{code}'.";
        }

        db.ConsentPurposes.Add(new ConsentPurposeSetting
        {
            SchoolId = schoolId,
            Code = code,
            Name = name!.Trim(),
            Explanation = explanation!.Trim(),
            SortOrder = existing.Max(p => p.SortOrder) + 1,
        });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    private static string? Problem(string? name, string? explanation)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > ConsentPurposeSetting.NameLength)
        {
            return $"Geef het doel een naam van hoogstens {ConsentPurposeSetting.NameLength} tekens, zoals ouders hem lezen.";
        }

        if (string.IsNullOrWhiteSpace(explanation) || explanation.Trim().Length > ConsentPurposeSetting.ExplanationLength)
        {
            return $"Leg in hoogstens {ConsentPurposeSetting.ExplanationLength} tekens uit waarvoor de school de foto's gebruikt en wie ze ziet.";
        }

        return null;
    }

    private Task<List<ConsentPurposeSetting>> LoadAsync(int schoolId, CancellationToken cancellationToken) =>
        db.ConsentPurposes.AsNoTracking().Where(p => p.SchoolId == schoolId).OrderBy(p => p.SortOrder).ThenBy(p => p.Id).ToListAsync(cancellationToken);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,49}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
