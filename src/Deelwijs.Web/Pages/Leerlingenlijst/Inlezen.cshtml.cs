using System.Globalization;
using Deelwijs.Web.Identity;
using Deelwijs.Web.Schools;
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
        if (file is null || file.Length == 0)
        {
            Error = "Kies eerst een CSV-bestand.";
            return Page();
        }

        if (file.Length > RosterImport.MaxBytes)
        {
            Error = "Dit bestand is groter dan 5 MB; dat is geen leerlingenlijst.";
            return Page();
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        FileName = Path.GetFileName(file.FileName);
        Preview = RosterImport.Read(buffer.ToArray(), FileName);
        FileContent = Preview.IsValid ? Convert.ToBase64String(buffer.ToArray()) : null;
        Merge = Preview.IsValid ? await import.PlanAsync(School.SchoolId, Preview.People, cancellationToken) : null;
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(string? content, string? fileName, CancellationToken cancellationToken)
    {
        School = await currentSchool.GetAsync(cancellationToken);
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(content ?? "");
        }
        catch (FormatException)
        {
            Error = "Het bestand is onderweg beschadigd; kies het opnieuw.";
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
