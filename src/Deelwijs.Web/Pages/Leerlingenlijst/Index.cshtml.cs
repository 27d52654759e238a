using Deelwijs.Core.Checks;
using Deelwijs.Core.Rosters;
using Deelwijs.Data;
using Deelwijs.Web.Identity;
using Deelwijs.Web.Schools;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Deelwijs.Web.Pages.Leerlingenlijst;

/// <summary>The roster of the school the user works in (staff only).</summary>
[Authorize(Policy = Policies.Employee)]
public sealed class IndexModel(DeelwijsDbContext db, CurrentSchool currentSchool) : PageModel
{
    public SchoolAccess School { get; private set; } = null!;

    public IReadOnlyList<Person> People { get; private set; } = [];

    public int Pupils { get; private set; }

    public int Staff { get; private set; }

    public int Parents { get; private set; }

    public bool CanImport => School.HasAny(Role.Director, Role.Office);

    public static string KindName(PersonKind kind) => kind switch
    {
        PersonKind.Pupil => "leerling",
        PersonKind.Staff => "medewerker",
        _ => "ouder",
    };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        School = await currentSchool.GetAsync(cancellationToken);
        var rows = await db.People.AsNoTracking()
            .Where(p => p.SchoolId == School.SchoolId)
            .OrderBy(p => p.Kind).ThenBy(p => p.Group).ThenBy(p => p.LastName).ThenBy(p => p.FirstName)
            .ToListAsync(cancellationToken);
        People = rows.Select(p => p.ToPerson()).ToList();
        Pupils = People.Count(p => p.Kind == PersonKind.Pupil);
        Staff = People.Count(p => p.Kind == PersonKind.Staff);
        Parents = People.Count(p => p.Kind == PersonKind.Parent);
    }
}
