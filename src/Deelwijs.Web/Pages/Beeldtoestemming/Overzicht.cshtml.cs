using Deelwijs.Core.Consent;
using Deelwijs.Web.Consent;
using Deelwijs.Web.Identity;
using Deelwijs.Web.Schools;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Deelwijs.Web.Pages.Beeldtoestemming;

/// <summary>The current choices per class for staff (not the history); the office, director and privacy officer open a person from here.</summary>
[Authorize(Policy = Policies.Employee)]
public sealed class OverzichtModel(CurrentSchool currentSchool, ConsentOverview overview, ConsentPurposeSettings purposes, TimeProvider time) : PageModel
{
    public SchoolAccess School { get; private set; } = null!;

    public SchoolYear Year { get; private set; }

    public IReadOnlyList<string> Groups { get; private set; } = [];

    public IReadOnlyList<ConsentPurpose> Purposes { get; private set; } = [];

    public ClassChoices? Class { get; private set; }

    public bool IsRecorder => ConsentRoles.IsRecorder(School);

    public async Task<IActionResult> OnGetAsync(string? groep, CancellationToken cancellationToken)
    {
        School = await currentSchool.GetAsync(cancellationToken);
        Year = SchoolDay.Year(time);
        Groups = await overview.GroupsAsync(School.SchoolId, cancellationToken);
        Purposes = await purposes.ActiveAsync(School.SchoolId, cancellationToken);
        var group = groep ?? Groups.FirstOrDefault();
        if (group is null)
        {
            return Page();
        }

        if (!Groups.Contains(group, StringComparer.Ordinal))
        {
            return NotFound();
        }

        Class = await overview.ClassAsync(School.SchoolId, group, Year, cancellationToken);
        return Page();
    }
}
