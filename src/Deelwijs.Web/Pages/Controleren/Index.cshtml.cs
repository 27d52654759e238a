using Deelwijs.Core.Checks;
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
public sealed class IndexModel(CurrentSchool currentSchool, SchoolEngines engines, ApprovalService approvals) : PageModel
{
    [BindProperty]
    public CheckInput Input { get; set; } = new();

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

        var engine = await engines.GetAsync(School.SchoolId, cancellationToken);
        var before = engine.Check(Input.ToRequest(AuthorRole()));
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

        var engine = await engines.GetAsync(School.SchoolId, cancellationToken);
        var request = Input.ToRequest(AuthorRole());
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

        var id = await approvals.AskAsync(School.SchoolId, userId, request, result, approver, question, cancellationToken);
        return RedirectToPage("/Toestemming/Verzoek", new { id, verzonden = true });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        School = await currentSchool.GetAsync(cancellationToken);
        Roles = [.. School.Roles.Order()];
    }

    private Role AuthorRole() =>
        Roles.Count == 0 ? Role.Staff
        : ContractCodes.TryParseRole(Input.Role, out var chosen) && Roles.Contains(chosen) ? chosen
        : Roles[0];

    private async Task CheckAsync(CancellationToken cancellationToken)
    {
        var engine = await engines.GetAsync(School.SchoolId, cancellationToken);
        var result = engine.Check(Input.ToRequest(AuthorRole()));
        Outcome = CheckOutcome.From(Input.Text, result, engine.Protocol);
        DefaultApprover = ApproverRoles.DefaultFor(result, engine.Protocol);
    }
}
