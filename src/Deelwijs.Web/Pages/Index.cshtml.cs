using Deelwijs.Core.Checks;
using Deelwijs.Web.Schools;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Deelwijs.Web.Pages;

/// <summary>The start page after login: the user's school and role, and what they can do.</summary>
[Authorize]
public sealed class IndexModel(CurrentSchool currentSchool) : PageModel
{
    public SchoolAccess? School { get; private set; }

    public IReadOnlyList<SchoolAccess> Schools { get; private set; } = [];

    public bool CanSeeRoster => School?.Roles.Any(r => r.IsEmployee()) == true;

    public bool CanImportRoster => School?.HasAny(Role.Director, Role.Office) == true;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        School = await currentSchool.TryGetAsync(cancellationToken);
        Schools = await currentSchool.AllAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostSchoolAsync(int schoolId, CancellationToken cancellationToken)
    {
        await currentSchool.EnsureAccessAsync(schoolId, cancellationToken);
        await currentSchool.SelectAsync(schoolId, cancellationToken);
        return RedirectToPage();
    }
}
