using Deelwijs.Documents;
using Deelwijs.Web.Identity;
using Deelwijs.Web.Incidents;
using Deelwijs.Web.Schools;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Deelwijs.Web.Pages.Beheer;

/// <summary>A director edits the school's own text of each letter: check it (line and column), save it, or go back to the default text.</summary>
[Authorize(Policy = Policies.Director)]
public sealed class BrievenModel(CurrentSchool currentSchool, SchoolLetterTemplates templates) : PageModel
{
    public IReadOnlyList<SchoolLetter> Letters { get; private set; } = [];

    public SchoolLetter? Letter { get; private set; }

    /// <summary>The problems found by "Controleer" or a refused save; null when nothing was checked.</summary>
    public IReadOnlyList<TemplateProblem>? Problems { get; private set; }

    [BindProperty]
    public string? Body { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(string? code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }

        Body = Letter?.Template.Body;
        return Page();
    }

    public async Task<IActionResult> OnPostControleerAsync(string? code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken) || Letter is null)
        {
            return NotFound();
        }

        Problems = LetterRenderer.Check(Letter.Template with { Body = Body ?? "" });
        return Page();
    }

    public async Task<IActionResult> OnPostBewarenAsync(string? code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken) || Letter is null)
        {
            return NotFound();
        }

        var school = await currentSchool.GetAsync(cancellationToken);
        var problems = await templates.SaveAsync(school.SchoolId, this.Actor(), Letter.Template.Code, Body, cancellationToken);
        if (problems.Count > 0)
        {
            Problems = problems;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        StatusMessage = $"De brief '{Letter.Template.Title}' is bewaard. Nieuwe brieven gebruiken deze tekst.";
        return RedirectToPage(new { code = Letter.Template.Code });
    }

    public async Task<IActionResult> OnPostStandaardAsync(string? code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken) || Letter is null)
        {
            return NotFound();
        }

        var school = await currentSchool.GetAsync(cancellationToken);
        await templates.ResetAsync(school.SchoolId, Letter.Template.Code, cancellationToken);
        StatusMessage = $"De brief '{Letter.Template.Title}' gebruikt weer de standaardtekst.";
        return RedirectToPage(new { code = Letter.Template.Code });
    }

    private async Task<bool> LoadAsync(string? code, CancellationToken cancellationToken)
    {
        var school = await currentSchool.GetAsync(cancellationToken);
        Letters = await templates.AllAsync(school.SchoolId, cancellationToken);
        if (code is null)
        {
            return true;
        }

        Letter = Letters.FirstOrDefault(l => string.Equals(l.Template.Code, code, StringComparison.Ordinal));
        return Letter is not null;
    }
}
