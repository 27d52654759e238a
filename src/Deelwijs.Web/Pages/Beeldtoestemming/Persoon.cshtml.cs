using System.Globalization;
using Deelwijs.Core.Consent;
using Deelwijs.Data;
using Deelwijs.Web.Consent;
using Deelwijs.Web.Identity;
using Deelwijs.Web.Schools;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Deelwijs.Web.Pages.Beeldtoestemming;

/// <summary>One person's consent for the office, director and privacy officer: current choices, the whole history, and entering a paper form.</summary>
[Authorize(Policy = Policies.ConsentRecorder)]
public sealed class PersoonModel(
    DeelwijsDbContext db, CurrentSchool currentSchool, ConsentRegistry registry, ConsentChoices choices, ConsentPurposeSettings purposes, TimeProvider time)
    : PageModel
{
    public SchoolAccess School { get; private set; } = null!;

    public SchoolPerson Person { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public SchoolYear Year { get; private set; }

    public IReadOnlyList<ConsentPurposeSetting> AllPurposes { get; private set; } = [];

    public IReadOnlyList<ConsentPurpose> Purposes { get; private set; } = [];

    public CurrentChoices Choices { get; private set; } = null!;

    public IReadOnlyList<ConsentHistoryEntry> History { get; private set; } = [];

    [BindProperty]
    public string? SignedOn { get; set; }

    [BindProperty]
    public string? FormYear { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        SignedOn ??= Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        FormYear ??= Year.ToString();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, Dictionary<string, string>? keuze, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var answers = (keuze ?? [])
            .Where(k => k.Value is "ja" or "nee")
            .ToDictionary(k => k.Key, k => k.Value == "ja", StringComparer.Ordinal);
        if (!DateOnly.TryParseExact(SignedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var signedOn))
        {
            return Invalid("Vul de datum in waarop het formulier is ondertekend.");
        }

        if (!SchoolYear.TryParse(FormYear, out var year))
        {
            return Invalid("Kies het schooljaar waarvoor het formulier geldt.");
        }

        var result = await choices.RecordFormAsync(School, currentSchool.UserId ?? "", id, answers, signedOn, year, cancellationToken);
        if (result.Status == ConsentSaveStatus.NotFound)
        {
            return NotFound();
        }

        if (result.Status != ConsentSaveStatus.Saved)
        {
            return Invalid(result.Problem ?? "Het formulier is niet vastgelegd.");
        }

        StatusMessage = $"Het formulier is vastgelegd: {ConsentLabels.Count(result.Added, "keuze", "keuzes")} voor schooljaar {year}.";
        return RedirectToPage(new { id });
    }

    private PageResult Invalid(string problem)
    {
        Error = problem;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
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
        Today = SchoolDay.Today(time);
        Year = SchoolYear.Of(Today);
        AllPurposes = await purposes.AllAsync(School.SchoolId, cancellationToken);
        Purposes = AllPurposes.Where(p => p.Active).Select(p => p.ToPurpose()).ToList();
        Choices = await registry.CurrentAsync(School.SchoolId, [id], Year, cancellationToken);
        History = await registry.HistoryAsync(School.SchoolId, id, cancellationToken);
        return true;
    }
}
