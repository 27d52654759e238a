using Deelwijs.Core.Checks;
using Deelwijs.Media;
using Deelwijs.Web.Approvals;
using Deelwijs.Web.Checks;
using Deelwijs.Web.Identity;
using Deelwijs.Web.Schools;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Deelwijs.Web.Pages.Controleren;

/// <summary>
/// "Mag dit online?": checks a draft against the school's protocol. The draft is never stored or logged, unless the
/// author asks permission for it ("Vraag toestemming").
/// </summary>
[Authorize]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class IndexModel(
    CurrentSchool currentSchool, SchoolEngines engines, ApprovalService approvals, MediaTray tray, DraftMediaReader mediaReader, RosterChoices rosterChoices)
    : PageModel
{
    /// <summary>A draft's files together: ten photos, or a video with a few photos.</summary>
    public const long MaxRequestBytes = 300 * MediaLimits.Megabyte;

    private DraftMedia? draftMedia;

    [BindProperty]
    public CheckInput Input { get; set; } = new();

    /// <summary>Files chosen for this check; empty when the author keeps the files of the previous check.</summary>
    [BindProperty]
    public List<IFormFile> Uploads { get; set; } = [];

    /// <summary>The files on the draft now (new, or kept from the previous check).</summary>
    public IReadOnlyList<MediaUpload> Media { get; private set; } = [];

    /// <summary>The school's people per class, to say who is on the media.</summary>
    public IReadOnlyList<PeopleGroup> People { get; private set; } = [];

    public SchoolAccess School { get; private set; } = null!;

    /// <summary>The roles the user can post in at this school; a choice appears when there is more than one.</summary>
    public IReadOnlyList<Role> Roles { get; private set; } = [];

    public CheckOutcome? Outcome { get; private set; }

    /// <summary>Who to ask for permission by default, from the findings and the protocol.</summary>
    public Role DefaultApprover { get; private set; } = Role.Manager;

    /// <summary>What "pas toe" changed, read out after the new check.</summary>
    public string? FixMessage { get; private set; }

    /// <summary>Why the request for permission could not be sent (nobody else holds the chosen role).</summary>
    public string? AskError { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (ModelState.IsValid)
        {
            await CheckAsync(cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostPasToeAsync(string? fix, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await RequestAsync(cancellationToken) is not { } draft)
        {
            return Page();
        }

        var engine = await engines.GetAsync(School.SchoolId, cancellationToken);
        var before = engine.Check(draft);
        if (FixToken.Find(fix, before.Findings) is { } finding && TextFixes.CanApply(finding))
        {
            Input.Text = TextFixes.Apply(Input.Text, finding);
            ModelState.Remove($"{nameof(Input)}.{nameof(CheckInput.Text)}");
            FixMessage = $"Aangepast: {char.ToLowerInvariant(TextFixes.Describe(finding)[0])}{TextFixes.Describe(finding)[1..]}. Lees je bericht nog eens na; hieronder staat de nieuwe controle.";
        }
        else
        {
            FixMessage = "Je tekst is veranderd sinds de controle, dus deze aanpassing past niet meer. Hieronder staat de controle van je tekst zoals hij nu is.";
        }

        await CheckAsync(cancellationToken);
        return Page();
    }

    /// <summary>Checks the draft again (the result is never taken from the form) and stores it with the result as an approval request.</summary>
    public async Task<IActionResult> OnPostVraagToestemmingAsync(string? approverRole, string? question, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!ModelState.IsValid || currentSchool.UserId is not { } userId)
        {
            return Page();
        }

        if (await RequestAsync(cancellationToken) is not { } request)
        {
            return Page();
        }

        var engine = await engines.GetAsync(School.SchoolId, cancellationToken);
        var result = engine.Check(request);
        var approver = ContractCodes.TryParseRole(approverRole, out var chosen) && ApproverRoles.IsApprover(chosen)
            ? chosen
            : ApproverRoles.DefaultFor(result, engine.Protocol);
        if (!await approvals.HasApproverAsync(School.SchoolId, approver, userId, cancellationToken))
        {
            AskError = $"Op {School.SchoolName} heeft niemand anders de rol {RoleNames.Dutch(approver)}, dus niemand kan dit verzoek beantwoorden. "
                + "Kies iemand anders, of vraag de directie om iemand die rol te geven. Je bericht is niet bewaard.";
            await CheckAsync(cancellationToken);
            return Page();
        }

        var id = await approvals.AskAsync(School.SchoolId, userId, request, result, approver, question, cancellationToken,
            [.. Media.Select(ApprovalMedia.ToAttachment)]);
        tray.Remove(userId, Input.MediaToken);
        return RedirectToPage("/Toestemming/Verzoek", new { id, verzonden = true });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        School = await currentSchool.GetAsync(cancellationToken);
        Roles = [.. School.Roles.Order()];
        People = await rosterChoices.ForSchoolAsync(School.SchoolId, cancellationToken);
    }

    /// <summary>A copy of a file of the draft without location and other metadata, for the author to post instead.</summary>
    public IActionResult OnGetZonderLocatie(string? token, int index)
    {
        var uploads = currentSchool.UserId is { } userId ? tray.Get(userId, token) : null;
        if (uploads is null || index < 0 || index >= uploads.Count || MetadataStripper.Strip(uploads[index].Content) is not { } clean)
        {
            return NotFound();
        }

        var upload = uploads[index];
        var name = $"{Path.GetFileNameWithoutExtension(upload.FileName)}-zonder-locatie{Path.GetExtension(upload.FileName)}";
        return File(clean, upload.Inspection.ContentType, name);
    }

    /// <summary>
    /// The request with the draft's media: new uploads replace the kept ones; a file Deelwijs cannot use is a form error
    /// (and returns null), so nothing is checked half.
    /// </summary>
    private async Task<CheckRequest?> RequestAsync(CancellationToken cancellationToken)
    {
        draftMedia ??= await DraftMediaAsync(cancellationToken);
        return draftMedia is { } media
            ? Input.ToRequest(AuthorRole()) with { Media = media.Items, Depicted = media.Depicted, Consents = media.Consents }
            : null;
    }

    private async Task<DraftMedia?> DraftMediaAsync(CancellationToken cancellationToken)
    {
        var userId = currentSchool.UserId ?? string.Empty;
        if (Input.RemoveMedia)
        {
            tray.Remove(userId, Input.MediaToken);
            Input.MediaToken = null;
            Input.RemoveMedia = false;
            Input.Depicted.Clear();
            ModelState.Remove($"{nameof(Input)}.{nameof(CheckInput.RemoveMedia)}");
        }

        var chosen = Uploads.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)).ToList();
        if (chosen.Count > 0)
        {
            var read = await ReadUploadsAsync(chosen, cancellationToken);
            if (read is null)
            {
                return null;
            }

            tray.Remove(userId, Input.MediaToken);
            Media = read;
            Input.MediaToken = tray.Put(userId, read);
        }
        else if (Input.MediaToken is not null)
        {
            Media = tray.Get(userId, Input.MediaToken) ?? [];
            if (Media.Count == 0)
            {
                Input.MediaToken = null;
                ModelState.AddModelError(nameof(Uploads),
                    $"Je bestanden van de vorige controle zijn niet meer in het geheugen (Deelwijs houdt ze hooguit {MediaTray.Lifetime.TotalMinutes:0} minuten vast). Kies ze opnieuw.");
                return null;
            }
        }

        ModelState.Remove($"{nameof(Input)}.{nameof(CheckInput.MediaToken)}");
        var items = Media.Select(m => m.ToItem(Input.NotOwnWork, Input.ShowsLogo)).ToList();
        return await mediaReader.ReadAsync(School.SchoolId, items, Input.Depicted, [], cancellationToken);
    }

    private async Task<List<MediaUpload>?> ReadUploadsAsync(List<IFormFile> files, CancellationToken cancellationToken)
    {
        var uploads = new List<MediaUpload>();
        try
        {
            MediaLimits.Default.EnsureFileCount(files.Count);
            foreach (var file in files)
            {
                await using var stream = file.OpenReadStream();
                uploads.Add(await MediaUpload.ReadAsync(stream, file.FileName, file.Length, cancellationToken));
            }

            return uploads;
        }
        catch (MediaFileException e)
        {
            ModelState.AddModelError(nameof(Uploads), e.Message + " Er is niets gecontroleerd.");
            return null;
        }
    }

    private Role AuthorRole() =>
        Roles.Count == 0 ? Role.Staff
        : ContractCodes.TryParseRole(Input.Role, out var chosen) && Roles.Contains(chosen) ? chosen
        : Roles[0];

    private async Task CheckAsync(CancellationToken cancellationToken)
    {
        if (await RequestAsync(cancellationToken) is not { } request)
        {
            return;
        }

        var engine = await engines.GetAsync(School.SchoolId, cancellationToken);
        var result = engine.Check(request);
        Outcome = CheckOutcome.From(Input.Text, result, engine.Protocol);
        DefaultApprover = ApproverRoles.DefaultFor(result, engine.Protocol);
    }
}
