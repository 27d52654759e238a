using Deelwijs.Web.Incidents;
using Deelwijs.Web.Schools;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Deelwijs.Web.Pages.Dossier;

/// <summary>
/// A person's dossier (leerlingdossier or personeelsdossier): the steps and documents of their cases, for the roles that may
/// read it, with the export for a request for access. Anyone else, and anyone of another school, gets 404.
/// </summary>
[Authorize]
public sealed class IndexModel(CurrentSchool currentSchool, DossierReader dossiers) : PageModel
{
    public DossierView Dossier { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int personId, CancellationToken cancellationToken)
    {
        var school = await currentSchool.GetAsync(cancellationToken);
        if (await dossiers.ViewAsync(school, this.Actor(), personId, cancellationToken) is not { } dossier)
        {
            return NotFound();
        }

        Dossier = dossier;
        return Page();
    }

    /// <summary>The dossier as JSON, for a request for access (AVG article 15).</summary>
    public async Task<IActionResult> OnGetJsonAsync(int personId, CancellationToken cancellationToken)
    {
        var school = await currentSchool.GetAsync(cancellationToken);
        if (await dossiers.ExportAsync(school, this.Actor(), personId, cancellationToken) is not { } export)
        {
            return NotFound();
        }

        return File(DossierReader.ToJson(export), "application/json", $"dossier-{Slug(export.PersonName)}.json");
    }

    /// <summary>The dossier as PDF, for a request for access; the same readers and the same audit entry as the JSON export.</summary>
    public async Task<IActionResult> OnGetPdfAsync(int personId, CancellationToken cancellationToken)
    {
        var school = await currentSchool.GetAsync(cancellationToken);
        if (await dossiers.ExportAsync(school, this.Actor(), personId, cancellationToken) is not { } export)
        {
            return NotFound();
        }

        return File(DossierPdfExport.Render(export), "application/pdf", $"dossier-{Slug(export.PersonName)}.pdf");
    }

    public async Task<IActionResult> OnGetDocumentAsync(int personId, int document, CancellationToken cancellationToken)
    {
        var school = await currentSchool.GetAsync(cancellationToken);
        if (await dossiers.DocumentAsync(school, this.Actor(), personId, document, cancellationToken) is not { } file)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        return File(file.Content, file.ContentType, file.FileName);
    }

    private static string Slug(string name) =>
        string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-')).Trim('-');
}
