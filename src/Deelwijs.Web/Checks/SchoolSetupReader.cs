using Deelwijs.Core.Rosters;
using Deelwijs.Data;
using Deelwijs.Web.Protocols;
using Microsoft.EntityFrameworkCore;

namespace Deelwijs.Web.Checks;

/// <summary>Reads what a school's check engine needs from the database: protocol, roster and names.</summary>
public sealed class SchoolSetupReader(DeelwijsDbContext db)
{
    public async Task<SchoolSetup> ReadAsync(int schoolId, CancellationToken cancellationToken)
    {
        var school = await db.Schools.AsNoTracking()
            .Where(s => s.Id == schoolId)
            .Select(s => new { s.Name, s.Aliases, s.ProtocolId, s.ProtocolYaml })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException($"School {schoolId} bestaat niet.");
        var people = await db.People.AsNoTracking()
            .Where(p => p.SchoolId == schoolId)
            .OrderBy(p => p.Id)
            .ToListAsync(cancellationToken);
        var protocol = SchoolProtocols.Load(school.ProtocolId, school.ProtocolYaml, school.Name);
        return new SchoolSetup(protocol, new Roster([.. people.Select(p => p.ToPerson())]), [school.Name, .. school.Aliases]);
    }
}
