using Deelwijs.Core.Incidents;
using Deelwijs.Core.Protocols;
using Deelwijs.Web.Checks;
using Deelwijs.Web.Identity;
using Deelwijs.Web.Incidents;
using Deelwijs.Web.Schools;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Deelwijs.Web.Pages.Melden;

/// <summary>"Melden": anyone with an account reports what went wrong online, in a few steps on one page; the report goes where the school's protocol says.</summary>
[Authorize]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class IndexModel(CurrentSchool currentSchool, SchoolEngines engines, RosterChoices rosterChoices, IncidentReporting reporting) : PageModel
{
    /// <summary>Ten files of 10 MB and the form around them.</summary>
    public const long MaxRequestBytes = (EvidenceFile.MaxFiles * EvidenceFile.MaxBytes) + (1024 * 1024);

    [BindProperty]
    public ReportInput Input { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Uploads { get; set; } = [];

    public SchoolAccess School { get; private set; } = null!;

    public ReportingRules Rules { get; private set; } = ReportingRules.Default;

    public IReadOnlyList<PeopleGroup> People { get; private set; } = [];

    public async Task OnGetAsync(string? categorie, CancellationToken cancellationToken)
    {
        Input.Category = IncidentCategories.TryParse(categorie, out _) ? categorie : null;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!IncidentCategories.TryParse(Input.Category, out var category))
        {
            ModelState.AddModelError("Input.Category", "Kies wat er gebeurde.");
        }

        var files = new List<EvidenceFile>();
        if (Uploads.Count > EvidenceFile.MaxFiles)
        {
            ModelState.AddModelError(nameof(Uploads), $"Stuur hoogstens {EvidenceFile.MaxFiles} bestanden mee.");
        }

        foreach (var upload in Uploads.Take(EvidenceFile.MaxFiles))
        {
            try
            {
                await using var stream = upload.OpenReadStream();
                files.Add(await EvidenceFile.ReadAsync(stream, upload.FileName, upload.Length, cancellationToken));
            }
            catch (EvidenceFileException e)
            {
                ModelState.AddModelError(nameof(Uploads), e.Message);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var report = new IncidentReport(category, Input.Description, Input.Platform, Input.Link, Input.People, [], Input.DescribedLines, Input.ConfidantOnly, files);
        try
        {
            var receipt = await reporting.ReportAsync(School.SchoolId, this.Actor(), null, report, cancellationToken);
            return RedirectToPage("Ontvangen", new { id = receipt.Id });
        }
        catch (IncidentInputException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        School = await currentSchool.GetAsync(cancellationToken);
        Rules = (await engines.GetAsync(School.SchoolId, cancellationToken)).Protocol.Reporting;
        People = await rosterChoices.ForSchoolAsync(School.SchoolId, cancellationToken);
    }
}
