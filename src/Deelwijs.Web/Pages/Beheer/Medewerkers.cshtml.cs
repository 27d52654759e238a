using System.ComponentModel.DataAnnotations;
using Deelwijs.Core.Checks;
using Deelwijs.Web.Identity;
using Deelwijs.Web.Schools;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Deelwijs.Web.Pages.Beheer;

/// <summary>A director sees who has which role at the school, adds people (a new account gets a one-time password) and ends roles.</summary>
[Authorize(Policy = Policies.Director)]
public sealed class MedewerkersModel(CurrentSchool currentSchool, StaffAccounts accounts) : PageModel
{
    /// <summary>The roles a school gives; board and board-office roles are given by the board.</summary>
    public static readonly Role[] SchoolRoles =
        [Role.Staff, Role.Manager, Role.Director, Role.Communications, Role.PrivacyOfficer, Role.Confidant, Role.Ict, Role.Parent, Role.Pupil];

    public SchoolAccess School { get; private set; } = null!;

    public IReadOnlyList<SchoolMember> Members { get; private set; } = [];

    [BindProperty]
    [Required(ErrorMessage = "Vul de naam in.")]
    [StringLength(100, ErrorMessage = "De naam mag hoogstens {1} tekens hebben.")]
    public string? DisplayName { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Vul het e-mailadres in; daarmee logt de persoon in.")]
    [EmailAddress(ErrorMessage = "Dit is geen geldig e-mailadres.")]
    public string? Email { get; set; }

    [BindProperty]
    public Role Role { get; set; } = Role.Staff;

    [BindProperty]
    [StringLength(100, ErrorMessage = "De functie mag hoogstens {1} tekens hebben.")]
    public string? Function { get; set; }

    /// <summary>The one-time password of an account just created; shown on this response only.</summary>
    public string? NewPassword { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Forbid();
        }

        if (!SchoolRoles.Contains(Role))
        {
            ModelState.AddModelError(nameof(Role), "Kies een van de rollen in de lijst.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await accounts.AddAsync(School.SchoolId, Email!.Trim(), DisplayName!.Trim(), Role, string.IsNullOrWhiteSpace(Function) ? null : Function.Trim());
        if (!result.Succeeded)
        {
            result.Problems.ToList().ForEach(p => ModelState.AddModelError(string.Empty, p));
            return Page();
        }

        StatusMessage = $"{DisplayName} is toegevoegd als {RoleNames.Dutch(Role)}.";
        NewPassword = result.Password;
        if (NewPassword is null)
        {
            return RedirectToPage();
        }

        Members = await accounts.ListAsync(School.SchoolId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostBeeindigenAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Forbid();
        }

        StatusMessage = await accounts.RemoveAsync(School.SchoolId, id, cancellationToken)
            ? "De rol is beëindigd. Deze persoon kan er vanaf nu niet meer mee werken op deze school."
            : "Deze rol bestaat niet (meer).";
        return RedirectToPage();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        School = await currentSchool.GetAsync(cancellationToken);
        if (!School.Has(Role.Director))
        {
            return false;
        }

        Members = await accounts.ListAsync(School.SchoolId, cancellationToken);
        return true;
    }
}
