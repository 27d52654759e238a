using Deelwijs.Core.Consent;
using Deelwijs.Web.Consent;
using Deelwijs.Web.Identity;
using Deelwijs.Web.Schools;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Deelwijs.Web.Pages.Beeldtoestemming;

/// <summary>Renewal: per class, who has not yet answered every purpose for this school year or the next.</summary>
[Authorize(Policy = Policies.Employee)]
public sealed class VernieuwenModel(CurrentSchool currentSchool, ConsentOverview overview, ConsentPurposeSettings purposes, TimeProvider time) : PageModel
{
    public SchoolAccess School { get; private set; } = null!;

    public SchoolYear Current { get; private set; }

    public SchoolYear Year { get; private set; }

    public IReadOnlyList<ConsentPurpose> Purposes { get; private set; } = [];

    public IReadOnlyList<RenewalGroup> Groups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? schooljaar, CancellationToken cancellationToken)
    {
        School = await currentSchool.GetAsync(cancellationToken);
        Current = SchoolDay.Year(time);
        Year = Current;
        if (schooljaar is not null)
        {
            if (!SchoolYear.TryParse(schooljaar, out var year) || (year != Current && year != Current.Next))
            {
                return NotFound();
            }

            Year = year;
        }

        Purposes = await purposes.ActiveAsync(School.SchoolId, cancellationToken);
        Groups = await overview.RenewalAsync(School.SchoolId, Year, Purposes, cancellationToken);
        return Page();
    }
}
