using Deelwijs.Documents;
using Deelwijs.Web.Identity;
using Deelwijs.Web.Incidents;
using Deelwijs.Web.Schools;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Deelwijs.Web.Pages.Meldingen;

/// <summary>
/// "Brief maken" for a case: choose one of the school's letters, check and complete its fields (prefilled from the case), and get
/// the PDF, which is filed with the case and in the subject's dossier. Anyone who may not handle the case gets 404.
/// </summary>
[Authorize(Policy = Policies.IncidentHandler)]
public sealed class BriefModel(CurrentSchool currentSchool, IncidentLetters letters, SchoolLetterTemplates templates, LetterFiling filing) : PageModel
{
    public int Id { get; private set; }

    public IReadOnlyList<SchoolLetter> Letters { get; private set; } = [];

    public SchoolLetter? Letter { get; private set; }

    public IReadOnlyList<string> Fields { get; private set; } = [];

    public IReadOnlyList<TemplateProblem> Problems { get; private set; } = [];

    public string? Error { get; private set; }

    public bool CanEditTemplates { get; private set; }

    [BindProperty]
    public Dictionary<string, string?> Values { get; set; } = new(StringComparer.Ordinal);

    public async Task<IActionResult> OnGetAsync(int id, string? code, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, code, cancellationToken) is not { } facts)
        {
            return NotFound();
        }

        Values = LetterValues.From(facts);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string? code, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, code, cancellationToken) is null || Letter is null)
        {
            return NotFound();
        }

        var school = await currentSchool.GetAsync(cancellationToken);
        byte[] pdf;
        try
        {
            pdf = LetterRenderer.Render(Letter.Template, LetterValues.ForRendering(Fields, Values), new Letterhead(school.SchoolName, []));
        }
        catch (LetterTemplateException e)
        {
            Problems = e.Problems;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var fileName = FileName(Letter.Template.Title, Value(Placeholders.Leerling) ?? Value(Placeholders.Medewerker));
        var result = await filing.FileAsync(school, this.Actor(), id, Letter.Template.Title, fileName, pdf, cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }

        if (result.Error is not null)
        {
            Error = result.Error;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        return File(pdf, LetterFiling.ContentType, fileName);
    }

    /// <summary>The hint under a field whose value the handler writes in words.</summary>
    public static string? Example(string field) => field switch
    {
        Placeholders.GesprekDatum => "Bijvoorbeeld: donderdag 3 december 2026 om 15.30 uur",
        Placeholders.SchorsingVan or Placeholders.SchorsingTot => "Bijvoorbeeld: maandag 7 december 2026",
        Placeholders.Maatregel => $"Bijvoorbeeld: {MeasureTexts.PupilWarning}",
        _ => null,
    };

    private async Task<LetterFacts?> LoadAsync(int id, string? code, CancellationToken cancellationToken)
    {
        Id = id;
        var school = await currentSchool.GetAsync(cancellationToken);
        CanEditTemplates = school.Has(Core.Checks.Role.Director);
        if (await letters.GatherAsync(school, this.Actor(), id, cancellationToken) is not { } facts)
        {
            return null;
        }

        Letters = await templates.AllAsync(school.SchoolId, cancellationToken);
        if (code is not null)
        {
            Letter = Letters.FirstOrDefault(l => string.Equals(l.Template.Code, code, StringComparison.Ordinal));
            if (Letter is null)
            {
                return null;
            }

            Fields = LetterRenderer.Fields(Letter.Template);
        }

        return facts;
    }

    private string? Value(string field) => Values.TryGetValue(field, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    private static string FileName(string title, string? name) =>
        $"{Slug(name is null ? title : $"{title} {name}")}.pdf";

    private static string Slug(string text)
    {
        var slug = string.Concat(text.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-'));
        while (slug.Contains("--", StringComparison.Ordinal))
        {
            slug = slug.Replace("--", "-", StringComparison.Ordinal);
        }

        return slug.Trim('-');
    }
}
