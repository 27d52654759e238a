using Deelwijs.Data;
using Deelwijs.Web.Identity;
using Deelwijs.Web.Incidents;
using Deelwijs.Web.Schools;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Deelwijs.Web.Pages.Meldingen;

/// <summary>"Meldingen": the cases of the handler's school that they may handle, open first; closed ones below.</summary>
[Authorize(Policy = Policies.IncidentHandler)]
public sealed class IndexModel(CurrentSchool currentSchool, IncidentCases cases) : PageModel
{
    public SchoolAccess School { get; private set; } = null!;

    public IReadOnlyList<CaseRow> Open { get; private set; } = [];

    public IReadOnlyList<CaseRow> Closed { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        School = await currentSchool.GetAsync(cancellationToken);
        Open = await cases.ListAsync(School, IncidentStatus.Open, cancellationToken);
        Closed = await cases.ListAsync(School, IncidentStatus.Closed, cancellationToken);
    }
}
