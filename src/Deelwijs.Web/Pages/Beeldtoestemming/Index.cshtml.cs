using Deelwijs.Core.Checks;
using Deelwijs.Core.Consent;
using Deelwijs.Web.Consent;
using Deelwijs.Web.Schools;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Deelwijs.Web.Pages.Beeldtoestemming;

/// <summary>
/// "Beeldtoestemming": a parent's children, a pupil of 16 or older themselves, staff and parents themselves, each with
/// the school's purposes in plain Dutch and the current choice; change it and save. A child of someone else is 404.
/// </summary>
[Authorize]
public sealed class IndexModel(CurrentSchool currentSchool, ConsentChoices choices, ConsentRegistry registry, ConsentPurposeSettings purposes, TimeProvider time)
    : PageModel
{
    public SchoolAccess School { get; private set; } = null!;

    public SchoolYear Year { get; private set; }

    public IReadOnlyList<ConsentSubject> Subjects { get; private set; } = [];

    public IReadOnlyList<ConsentPurpose> Purposes { get; private set; } = [];

    public CurrentChoices Choices { get; private set; } = null!;

    public bool IsEmployee => School.Roles.Any(ContractCodes.IsEmployee);

    [TempData]
    public string? StatusMessage { get; set; }

    public string? Error { get; private set; }

    public int? ErrorPersonId { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>Saves one person's choices: <paramref name="keuze"/> maps purpose codes to "ja" or "nee".</summary>
    public async Task<IActionResult> OnPostAsync(int personId, Dictionary<string, string>? keuze, CancellationToken cancellationToken)
    {
        School = await currentSchool.GetAsync(cancellationToken);
        var answers = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var (code, value) in keuze ?? [])
        {
            if (string.Equals(value, "ja", StringComparison.Ordinal) || string.Equals(value, "nee", StringComparison.Ordinal))
            {
                answers[code] = string.Equals(value, "ja", StringComparison.Ordinal);
            }
        }

        var result = answers.Count == 0
            ? ConsentSaveResult.Invalid("Kies bij minstens één doel 'ja' of 'nee'.")
            : await choices.SaveAsync(currentSchool.UserId ?? "", School.SchoolId, personId, answers, cancellationToken);
        if (result.Status == ConsentSaveStatus.NotFound)
        {
            return NotFound();
        }

        await LoadAsync(cancellationToken);
        if (result.Status != ConsentSaveStatus.Saved)
        {
            Response.StatusCode = result.Status == ConsentSaveStatus.NotAllowed ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest;
            (Error, ErrorPersonId) = (result.Problem, personId);
            return Page();
        }

        var name = Subjects.First(s => s.Person.Id == personId).Person.FirstName;
        StatusMessage = result.Added == 0
            ? "Er is niets veranderd: dit waren al de keuzes."
            : result.Withdrawn
                ? $"De keuzes voor {name} zijn opgeslagen. Een 'nee' gaat direct in: vanaf nu mag de school voor dat doel geen foto's of filmpjes van {name} meer plaatsen."
                : $"De keuzes voor {name} zijn opgeslagen.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        School = await currentSchool.GetAsync(cancellationToken);
        Year = SchoolDay.Year(time);
        Subjects = await choices.SubjectsAsync(currentSchool.UserId ?? "", School.SchoolId, cancellationToken);
        Purposes = await purposes.ActiveAsync(School.SchoolId, cancellationToken);
        Choices = await registry.CurrentAsync(School.SchoolId, Subjects.Select(s => s.Person.Id).ToList(), Year, cancellationToken);
    }
}
