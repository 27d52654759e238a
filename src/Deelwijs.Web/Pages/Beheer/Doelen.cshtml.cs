using Deelwijs.Data;
using Deelwijs.Web.Consent;
using Deelwijs.Web.Identity;
using Deelwijs.Web.Schools;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Deelwijs.Web.Pages.Beheer;

/// <summary>A director sets the purposes the school asks image consent for: rename, explain, switch off, or add one of its own.</summary>
[Authorize(Policy = Policies.Director)]
public sealed class DoelenModel(CurrentSchool currentSchool, ConsentPurposeSettings settings) : PageModel
{
    public SchoolAccess School { get; private set; } = null!;

    public IReadOnlyList<ConsentPurposeSetting> Purposes { get; private set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostBewarenAsync(string code, string? name, string? explanation, bool active, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var problem = await settings.UpdateAsync(School.SchoolId, code, name, explanation, active, cancellationToken);
        return await DoneAsync(problem, $"Het doel '{name?.Trim()}' is bewaard{(active ? "" : "; ouders zien het niet meer")}.", cancellationToken);
    }

    public async Task<IActionResult> OnPostToevoegenAsync(string? code, string? name, string? explanation, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var problem = await settings.AddAsync(School.SchoolId, code, name, explanation, cancellationToken);
        return await DoneAsync(problem, $"Het doel '{name?.Trim()}' is toegevoegd. Ouders zien het vanaf nu; tot ze kiezen is er geen toestemming.", cancellationToken);
    }

    private async Task<IActionResult> DoneAsync(string? problem, string message, CancellationToken cancellationToken)
    {
        if (problem is null)
        {
            StatusMessage = message;
            return RedirectToPage();
        }

        Error = problem;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        School = await currentSchool.GetAsync(cancellationToken);
        Purposes = await settings.AllAsync(School.SchoolId, cancellationToken);
    }
}
