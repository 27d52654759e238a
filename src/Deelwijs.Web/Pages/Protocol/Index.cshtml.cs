using Deelwijs.Core.Protocols;
using Deelwijs.Web.Checks;
using Deelwijs.Web.Protocols;
using Deelwijs.Web.Schools;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Deelwijs.Web.Pages.Protocol;

/// <summary>The school's protocol, readable per audience (medewerkers, ouders, leerlingen), with how Deelwijs enforces each article.</summary>
[Authorize]
public sealed class IndexModel(CurrentSchool currentSchool, SchoolEngines engines) : PageModel
{
    public SchoolAccess School { get; private set; } = null!;

    public Core.Protocols.Protocol Protocol { get; private set; } = null!;

    public ProtocolAudience Audience { get; private set; } = ProtocolAudience.All[0];

    public IReadOnlyList<ProtocolRule> Rules { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? voor, CancellationToken cancellationToken)
    {
        if (voor is not null && ProtocolAudience.Find(voor) is null)
        {
            return NotFound();
        }

        School = await currentSchool.GetAsync(cancellationToken);
        Audience = ProtocolAudience.Find(voor) ?? DefaultAudience(School);
        Protocol = (await engines.GetAsync(School.SchoolId, cancellationToken)).Protocol;
        Rules = [.. Protocol.Rules.Where(Audience.Includes)];
        return Page();
    }

    /// <summary>Pupils and parents first see their own rules; everyone else the staff's.</summary>
    private static ProtocolAudience DefaultAudience(SchoolAccess school) =>
        school.Roles.All(r => r == Core.Checks.Role.Parent) && school.Roles.Count > 0 ? ProtocolAudience.All[1]
        : school.Roles.All(r => r == Core.Checks.Role.Pupil) && school.Roles.Count > 0 ? ProtocolAudience.All[2]
        : ProtocolAudience.All[0];
}
