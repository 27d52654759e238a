using Deelwijs.Core.Consent;
using Deelwijs.Data;
using Deelwijs.Web.Consent;
using Deelwijs.Web.Identity;
using Deelwijs.Web.Schools;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Deelwijs.Web.Pages.Beeldtoestemming;

/// <summary>"Wie mag op de foto?": for one class and purpose, who may, who may not and who has not answered; prints on one A4 page.</summary>
[Authorize(Policy = Policies.Employee)]
public sealed class KlasModel(CurrentSchool currentSchool, ConsentOverview overview, ConsentPurposeSettings purposes, TimeProvider time) : PageModel
{
    public SchoolAccess School { get; private set; } = null!;

    public SchoolYear Year { get; private set; }

    public DateOnly Today { get; private set; }

    public IReadOnlyList<string> Groups { get; private set; } = [];

    public IReadOnlyList<ConsentPurpose> Purposes { get; private set; } = [];

    public string Group { get; private set; } = "";

    public ConsentPurpose Purpose { get; private set; } = null!;

    public IReadOnlyList<SchoolPerson> Yes { get; private set; } = [];

    public IReadOnlyList<SchoolPerson> No { get; private set; } = [];

    public IReadOnlyList<SchoolPerson> NoAnswer { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? groep, string? doel, CancellationToken cancellationToken)
    {
        School = await currentSchool.GetAsync(cancellationToken);
        Today = SchoolDay.Today(time);
        Year = SchoolYear.Of(Today);
        Groups = await overview.GroupsAsync(School.SchoolId, cancellationToken);
        Purposes = await purposes.ActiveAsync(School.SchoolId, cancellationToken);
        var group = groep ?? Groups.FirstOrDefault();
        var purpose = doel is null ? Purposes.FirstOrDefault() : Purposes.FirstOrDefault(p => string.Equals(p.Code, doel, StringComparison.Ordinal));
        if (group is null || purpose is null || !Groups.Contains(group, StringComparer.Ordinal))
        {
            return NotFound();
        }

        (Group, Purpose) = (group, purpose);
        var choices = await overview.ClassAsync(School.SchoolId, group, Year, cancellationToken);
        (Yes, No, NoAnswer) = choices.Split(purpose.Code);
        return Page();
    }
}
