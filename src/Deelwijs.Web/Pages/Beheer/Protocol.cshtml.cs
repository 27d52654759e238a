using System.Text;
using Deelwijs.Core.Checks;
using Deelwijs.Core.Protocols;
using ProtocolDocument = Deelwijs.Core.Protocols.Protocol;
using Deelwijs.Web.Identity;
using Deelwijs.Web.Schools;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Deelwijs.Web.Pages.Beheer;

/// <summary>A director chooses the school's protocol (a template or the school's own file) and the names posts use for the school.</summary>
[Authorize(Policy = Policies.Director)]
public sealed class ProtocolModel(CurrentSchool currentSchool, SchoolProtocolSettings settings) : PageModel
{
    public SchoolAccess School { get; private set; } = null!;

    public string? CurrentTemplate { get; private set; }

    public ProtocolDocument? OwnProtocol { get; private set; }

    public IReadOnlyCollection<ProtocolDocument> Templates => ProtocolCatalog.All;

    [BindProperty]
    public string? Template { get; set; }

    [BindProperty]
    public string? Aliases { get; set; }

    public IReadOnlyList<ProtocolProblem> Problems { get; private set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Forbid();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSjabloonAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Forbid();
        }

        if (Template is null || !ProtocolCatalog.Ids.Contains(Template))
        {
            ModelState.AddModelError(nameof(Template), "Kies een van de protocollen in de lijst.");
            return Page();
        }

        await settings.AdoptTemplateAsync(School.SchoolId, Template, cancellationToken);
        StatusMessage = "Het protocol is aangepast. Vanaf nu controleert Deelwijs berichten tegen dit protocol.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostEigenBestandAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Forbid();
        }

        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "Kies een protocolbestand (.yaml) om te uploaden.");
            return Page();
        }

        if (file.Length > SchoolProtocolSettings.MaxYamlBytes)
        {
            ModelState.AddModelError("file", $"Het bestand is te groot ({file.Length / 1024:N0} kB); een protocolbestand is hoogstens {SchoolProtocolSettings.MaxYamlBytes / 1024} kB.");
            return Page();
        }

        string yaml;
        try
        {
            using var reader = new StreamReader(file.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true));
            yaml = await reader.ReadToEndAsync(cancellationToken);
        }
        catch (DecoderFallbackException)
        {
            ModelState.AddModelError("file", "Het bestand is geen UTF-8-tekst. Sla het op als UTF-8 en probeer het opnieuw.");
            return Page();
        }

        Problems = await settings.AdoptOwnFileAsync(School.SchoolId, yaml, Path.GetFileName(file.FileName), cancellationToken);
        if (Problems.Count > 0)
        {
            return Page();
        }

        StatusMessage = "Het eigen protocolbestand is in gebruik genomen.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostNamenAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Forbid();
        }

        await settings.SetAliasesAsync(School.SchoolId, (Aliases ?? "").Split('\n'), cancellationToken);
        StatusMessage = "De andere namen van de school zijn bewaard.";
        return RedirectToPage();
    }

    /// <summary>A template as a file, as the starting point for the school's own protocol.</summary>
    public IActionResult OnGetDownload(string id) =>
        ProtocolCatalog.Ids.Contains(id)
            ? File(Encoding.UTF8.GetBytes(ProtocolCatalog.ReadYaml(id)), "application/yaml", $"{id}.yaml")
            : NotFound();

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        School = await currentSchool.GetAsync(cancellationToken);
        if (!School.Has(Role.Director))
        {
            return false;
        }

        var school = await settings.GetAsync(School.SchoolId, cancellationToken);
        CurrentTemplate = school.ProtocolYaml is null ? school.ProtocolId : null;
        OwnProtocol = school.ProtocolYaml is { } yaml && ProtocolReader.Validate(yaml, "eigen").Count == 0
            ? ProtocolReader.Parse(yaml, "eigen")
            : null;
        Template ??= CurrentTemplate;
        Aliases ??= string.Join('\n', school.Aliases);
        return true;
    }
}
