using Deelwijs.Core.Protocols;
using Deelwijs.Data;
using Deelwijs.Web.Checks;
using Microsoft.EntityFrameworkCore;

namespace Deelwijs.Web.Schools;

/// <summary>Which protocol a school has adopted (a template or its own file) and the names posts use for it.</summary>
public sealed class SchoolProtocolSettings(DeelwijsDbContext db, SchoolEngines engines)
{
    /// <summary>Larger protocol files are refused before reading; the five templates are 10-20 kB each.</summary>
    public const int MaxYamlBytes = 256 * 1024;

    public async Task<School> GetAsync(int schoolId, CancellationToken cancellationToken = default) =>
        await db.Schools.SingleAsync(s => s.Id == schoolId, cancellationToken);

    /// <summary>Adopts one of the templates that ship with Deelwijs; the school's own file, if any, is dropped.</summary>
    public async Task AdoptTemplateAsync(int schoolId, string templateId, CancellationToken cancellationToken = default)
    {
        if (!ProtocolCatalog.Ids.Contains(templateId))
        {
            throw new ArgumentException($"Unknown template '{templateId}'.", nameof(templateId));
        }

        var school = await GetAsync(schoolId, cancellationToken);
        school.ProtocolId = templateId;
        school.ProtocolYaml = null;
        await SaveAsync(schoolId, cancellationToken);
    }

    /// <summary>Adopts the school's own protocol file; returns every problem instead when it is not valid, and then changes nothing.</summary>
    public async Task<IReadOnlyList<ProtocolProblem>> AdoptOwnFileAsync(int schoolId, string yaml, string fileName, CancellationToken cancellationToken = default)
    {
        var problems = ProtocolReader.Validate(yaml, fileName);
        if (problems.Count > 0)
        {
            return problems;
        }

        var school = await GetAsync(schoolId, cancellationToken);
        school.ProtocolYaml = yaml;
        await SaveAsync(schoolId, cancellationToken);
        return [];
    }

    /// <summary>Replaces the other names of the school (one per entry; blanks and duplicates are dropped).</summary>
    public async Task SetAliasesAsync(int schoolId, IEnumerable<string> aliases, CancellationToken cancellationToken = default)
    {
        var school = await GetAsync(schoolId, cancellationToken);
        school.Aliases = aliases.Select(a => a.Trim()).Where(a => a.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        await SaveAsync(schoolId, cancellationToken);
    }

    private async Task SaveAsync(int schoolId, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);

        // The next check must use the new protocol and names.
        engines.Invalidate(schoolId);
    }
}
