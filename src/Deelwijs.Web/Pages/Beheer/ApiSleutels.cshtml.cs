using System.ComponentModel.DataAnnotations;
using Deelwijs.Core.Checks;
using Deelwijs.Data;
using Deelwijs.Web.Api;
using Deelwijs.Web.Identity;
using Deelwijs.Web.Schools;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Deelwijs.Web.Pages.Beheer;

/// <summary>A director creates and revokes the school's API keys; a new key is shown once and only its hash is kept.</summary>
[Authorize(Policy = Policies.Director)]
public sealed class ApiSleutelsModel(CurrentSchool currentSchool, ApiKeyStore keys) : PageModel
{
    public SchoolAccess School { get; private set; } = null!;

    public IReadOnlyList<ApiKey> Keys { get; private set; } = [];

    [BindProperty]
    [Required(ErrorMessage = "Geef de sleutel een naam, bijvoorbeeld de naam van de schoolapp die hem gebruikt.")]
    [StringLength(100, ErrorMessage = "De naam mag hoogstens {1} tekens hebben.")]
    [Display(Name = "Naam van de koppeling")]
    public string? Name { get; set; }

    /// <summary>The key just created; shown on this response only.</summary>
    public string? NewKey { get; private set; }

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

        if (!ModelState.IsValid)
        {
            return Page();
        }

        NewKey = await keys.CreateAsync(School.SchoolId, Name!, cancellationToken);
        Name = null;
        ModelState.Clear();
        Keys = await keys.ListAsync(School.SchoolId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostIntrekkenAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Forbid();
        }

        StatusMessage = await keys.RevokeAsync(School.SchoolId, id, cancellationToken)
            ? "De sleutel is ingetrokken. Koppelingen die hem gebruiken, krijgen vanaf nu geen toegang meer."
            : "Deze sleutel bestaat niet (meer) of was al ingetrokken.";
        return RedirectToPage();
    }

    /// <summary>Loads the school and its keys; false when the user is not a director of the school.</summary>
    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        School = await currentSchool.GetAsync(cancellationToken);
        if (!School.Has(Role.Director))
        {
            return false;
        }

        Keys = await keys.ListAsync(School.SchoolId, cancellationToken);
        return true;
    }
}
