using System.Globalization;
using Deelwijs.Web.Identity;
using Deelwijs.Web.Schools;
using Deelwijs.Web.Uploads;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Deelwijs.Web.Pages.Leerlingenlijst;

/// <summary>Upload a roster CSV, see what it holds (or every problem), then replace the school's roster with it.</summary>
[Authorize(Policy = Policies.RosterManager)]
[RequestSizeLimit(2 * RosterImport.MaxBytes)]
public sealed class InlezenModel(RosterImport import, CurrentSchool currentSchool) : PageModel
{
    public const int PreviewRows = 20;

    public SchoolAccess School { get; private set; } = null!;

    public RosterPreview? Preview { get; private set; }

    /// <summary>The previewed file, base64, so that the import reads exactly what was shown.</summary>
    public string? FileContent { get; private set; }

    public string? FileName { get; private set; }

    public string? Error { get; private set; }

    /// <summary>What the previewed file would do to the roster: who stays, who is new, who goes (with their consents).</summary>
    public RosterMerge? Merge { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        School = await currentSchool.GetAsync(cancellationToken);

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        School = await currentSchool.GetAsync(cancellationToken);
        var (upload, error) = await CsvUpload.ReadAsync(file, RosterImport.MaxBytes, "leerlingenlijst", cancellationToken);
        if (upload is null)
        {
            Error = error;
            return Page();
        }

        FileName = upload.FileName;
        Preview = RosterImport.Read(upload.Content, FileName);
        FileContent = Preview.IsValid ? CsvUpload.ToHiddenField(upload.Content) : null;
        Merge = Preview.IsValid ? await import.PlanAsync(School.SchoolId, Preview.People, cancellationToken) : null;
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(string? content, string? fileName, CancellationToken cancellationToken)
    {
        School = await currentSchool.GetAsync(cancellationToken);
        var bytes = CsvUpload.FromHiddenField(content);
        if (bytes is null)
        {
            Error = CsvUpload.Damaged;
            return Page();
        }

        FileName = string.IsNullOrWhiteSpace(fileName) ? "leerlingen.csv" : Path.GetFileName(fileName);
        Preview = RosterImport.Read(bytes, FileName);
        if (!Preview.IsValid || Preview.People.Count == 0)
        {
            Error = Preview.IsValid ? "Het bestand bevat niemand; de lijst is niet vervangen." : null;
            return Page();
        }

        var count = await import.ReplaceAsync(School.SchoolId, Preview.People, cancellationToken);
        TempData["Melding"] = string.Create(CultureInfo.InvariantCulture, $"De leerlingenlijst is vervangen: er staan nu {count} mensen op.");
        return RedirectToPage("Index");
    }
}
