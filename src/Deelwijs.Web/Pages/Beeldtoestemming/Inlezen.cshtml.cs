using System.Globalization;
using Deelwijs.Core.Consent;
using Deelwijs.Web.Consent;
using Deelwijs.Web.Identity;
using Deelwijs.Web.Schools;
using Deelwijs.Web.Uploads;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Deelwijs.Web.Pages.Beeldtoestemming;

/// <summary>Import a consent file from the administration system (preview, every problem by line and column, then all or nothing), or download the current choices.</summary>
[Authorize(Policy = Policies.ConsentRecorder)]
[RequestSizeLimit(2 * ConsentTransfer.MaxBytes)]
public sealed class InlezenModel(CurrentSchool currentSchool, ConsentTransfer transfer, ConsentPurposeSettings purposes, TimeProvider time) : PageModel
{
    public const int PreviewRows = 20;

    public SchoolAccess School { get; private set; } = null!;

    public SchoolYear Year { get; private set; }

    public IReadOnlyList<ConsentPurpose> Purposes { get; private set; } = [];

    public ConsentImportPreview? Preview { get; private set; }

    /// <summary>The previewed file, base64, so that the import reads exactly what was shown.</summary>
    public string? FileContent { get; private set; }

    public string? FileName { get; private set; }

    public string? Error { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var (upload, error) = await CsvUpload.ReadAsync(file, ConsentTransfer.MaxBytes, "bestand met toestemmingen", cancellationToken);
        if (upload is null)
        {
            Error = error;
            return Page();
        }

        FileName = upload.FileName;
        Preview = await transfer.ReadAsync(School.SchoolId, upload.Content, FileName, cancellationToken);
        FileContent = Preview.IsValid ? CsvUpload.ToHiddenField(upload.Content) : null;
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(string? content, string? fileName, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var bytes = CsvUpload.FromHiddenField(content);
        if (bytes is null)
        {
            Error = CsvUpload.Damaged;
            return Page();
        }

        FileName = string.IsNullOrWhiteSpace(fileName) ? "toestemmingen.csv" : Path.GetFileName(fileName);
        Preview = await transfer.ReadAsync(School.SchoolId, bytes, FileName, cancellationToken);
        if (!Preview.IsValid || Preview.Decisions.Count == 0)
        {
            Error = Preview.IsValid ? "Het bestand bevat geen keuzes; er is niets ingelezen." : null;
            return Page();
        }

        var added = await transfer.ImportAsync(School.SchoolId, currentSchool.UserId ?? "", Preview, cancellationToken);
        var skipped = Preview.Decisions.Count - added;
        StatusMessage = string.Create(CultureInfo.InvariantCulture,
            $"De toestemmingen zijn ingelezen: {added} nieuwe keuze(s){(skipped > 0 ? $", {skipped} stonden er al in" : "")}.");
        return RedirectToPage();
    }

    /// <summary>The current choices of everyone at the school for a school year, in the import format.</summary>
    public async Task<IActionResult> OnGetExportAsync(string? schooljaar, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var year = Year;
        if (schooljaar is not null && !SchoolYear.TryParse(schooljaar, out year))
        {
            return NotFound();
        }

        var output = new MemoryStream();
        await transfer.ExportAsync(School.SchoolId, year, output, cancellationToken);
        return File(output.ToArray(), "text/csv; charset=utf-8", $"toestemmingen-{year}.csv");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        School = await currentSchool.GetAsync(cancellationToken);
        Year = SchoolDay.Year(time);
        Purposes = await purposes.ActiveAsync(School.SchoolId, cancellationToken);
    }
}
