using Deelwijs.Web.Incidents;
using Deelwijs.Web.Schools;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Deelwijs.Web.Pages.Melden;

/// <summary>The receipt of a report, for its reporter only: the number, who receives it, and what happens next.</summary>
[Authorize]
public sealed class OntvangenModel(CurrentSchool currentSchool, IncidentCases cases) : PageModel
{
    public ReportRow Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var school = await currentSchool.GetAsync(cancellationToken);
        var mine = await cases.ListMineAsync(school.SchoolId, currentSchool.UserId ?? "", cancellationToken);
        if (mine.FirstOrDefault(r => r.Id == id) is not { } report)
        {
            return NotFound();
        }

        Report = report;
        return Page();
    }
}
