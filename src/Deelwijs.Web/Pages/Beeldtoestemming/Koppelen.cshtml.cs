using Deelwijs.Data;
using Deelwijs.Web.Consent;
using Deelwijs.Web.Identity;
using Deelwijs.Web.Schools;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Deelwijs.Web.Pages.Beeldtoestemming;

/// <summary>The office links accounts to a person on the roster: the person's own account, and a pupil's parents.</summary>
[Authorize(Policy = Policies.ConsentRecorder)]
public sealed class KoppelenModel(DeelwijsDbContext db, CurrentSchool currentSchool, AccountLinks links) : PageModel
{
    public SchoolAccess School { get; private set; } = null!;

    public SchoolPerson Person { get; private set; } = null!;

    public IReadOnlyList<LinkedAccount> Accounts { get; private set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostKoppelenAsync(int id, string? email, bool ouder, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var problem = await links.LinkAsync(School.SchoolId, id, email, ouder ? ConsentRelation.Child : ConsentRelation.Self, cancellationToken);
        if (problem is not null)
        {
            Error = problem;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        StatusMessage = ouder
            ? $"Het account is gekoppeld als ouder van {Person.FirstName}."
            : $"Het account is gekoppeld aan {Person.FirstName} zelf.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostOntkoppelenAsync(int id, string userId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || !await links.UnlinkAsync(School.SchoolId, id, userId, cancellationToken))
        {
            return NotFound();
        }

        StatusMessage = "Het account is ontkoppeld.";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        School = await currentSchool.GetAsync(cancellationToken);
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id && p.SchoolId == School.SchoolId, cancellationToken);
        if (person is null)
        {
            return false;
        }

        Person = person;
        Accounts = await links.ListAsync(School.SchoolId, id, cancellationToken);
        return true;
    }
}
