using Deelwijs.Web.Incidents;
using Deelwijs.Web.Schools;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Deelwijs.Web.Pages.Melden;

/// <summary>"Mijn meldingen": the signed-in user's own reports at their school and how far each is; never what the school did.</summary>
[Authorize]
public sealed class MijnModel(CurrentSchool currentSchool, IncidentCases cases) : PageModel
{
    public IReadOnlyList<ReportRow> Reports { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var school = await currentSchool.GetAsync(cancellationToken);
        Reports = await cases.ListMineAsync(school.SchoolId, currentSchool.UserId ?? "", cancellationToken);
    }
}
