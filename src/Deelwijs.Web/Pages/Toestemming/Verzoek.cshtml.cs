using Deelwijs.Data;
using Deelwijs.Web.Approvals;
using Deelwijs.Web.Checks;
using Deelwijs.Web.Pages.Controleren;
using Deelwijs.Web.Schools;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Deelwijs.Web.Pages.Toestemming;

/// <summary>
/// One approval request: for its author (read only) and for whoever holds the asked role at the school (decide).
/// Anyone else, and anyone of another school, gets 404.
/// </summary>
[Authorize]
public sealed class VerzoekModel(DeelwijsDbContext db, CurrentSchool currentSchool, SchoolEngines engines, ApprovalService approvals) : PageModel
{
    public ApprovalDetail Detail { get; private set; } = null!;

    public bool IsAuthor { get; private set; }

    public bool CanDecide { get; private set; }

    /// <summary>The author holds the asked role too, but may not decide their own request.</summary>
    public bool OwnRequestWithApproverRole { get; private set; }

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    [BindProperty]
    public string? Comment { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, bool verzonden, bool besloten, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Message = verzonden ? $"Je verzoek is verstuurd naar {ApproverRoles.Label(Detail.ApproverRole).ToLowerInvariant()}. Je ziet het antwoord hier en bij Mijn verzoeken."
            : besloten ? "Je besluit is opgeslagen. De schrijver ziet het bij Mijn verzoeken."
            : null;
        return Page();
    }

    /// <summary>A file of the request, for its author and its approvers only (the same check as the page).</summary>
    public async Task<IActionResult> OnGetBijlageAsync(int id, int bijlage, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var file = await db.ApprovalAttachments.AsNoTracking()
            .Where(a => a.Id == bijlage && a.ApprovalRequestId == id && a.Content != null)
            .Select(a => new { a.FileName, a.ContentType, a.Content })
            .SingleOrDefaultAsync(cancellationToken);
        return file is null ? NotFound() : File(file.Content!, file.ContentType, file.FileName);
    }

    public Task<IActionResult> OnPostGoedkeurenAsync(int id, CancellationToken cancellationToken) => DecideAsync(id, ApprovalDecision.Approve, cancellationToken);

    public Task<IActionResult> OnPostAfwijzenAsync(int id, CancellationToken cancellationToken) => DecideAsync(id, ApprovalDecision.Decline, cancellationToken);

    public Task<IActionResult> OnPostAanpassingAsync(int id, CancellationToken cancellationToken) => DecideAsync(id, ApprovalDecision.RequestChanges, cancellationToken);

    private async Task<IActionResult> DecideAsync(int id, ApprovalDecision decision, CancellationToken cancellationToken)
    {
        var school = await currentSchool.GetAsync(cancellationToken);
        var outcome = await approvals.DecideAsync(school.SchoolId, id, currentSchool.UserId ?? "", school.Roles, decision, Comment, cancellationToken);
        if (outcome == DecisionOutcome.NotFound || !await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (outcome == DecisionOutcome.Done)
        {
            return RedirectToPage(new { id, besloten = true });
        }

        (Response.StatusCode, Error) = outcome switch
        {
            DecisionOutcome.SelfApproval => (StatusCodes.Status403Forbidden, "Je kunt niet zelf beslissen over je eigen verzoek. Iemand anders met deze rol moet dat doen."),
            DecisionOutcome.CommentRequired => (StatusCodes.Status400BadRequest, "Schrijf erbij waarom, zodat de schrijver weet wat er anders moet."),
            _ => (StatusCodes.Status409Conflict, "Over dit verzoek is al besloten."),
        };
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var school = await currentSchool.GetAsync(cancellationToken);
        var userId = currentSchool.UserId;
        var row = await db.ApprovalRequests.AsNoTracking()
            .Where(r => r.Id == id && r.SchoolId == school.SchoolId)
            .Select(r => new
            {
                r.Id, r.AuthorUserId, AuthorName = r.Author!.DisplayName, r.ApproverRole, r.Status, r.Verdict, r.Channel, r.Context, r.ReplyTo,
                r.NegativeThread, r.DuringLesson, r.CreatedAt, r.ExpiresAt, r.Text, r.ResultJson, r.Depicted,
                Attachments = r.Attachments.OrderBy(a => a.Id).Select(a => new AttachmentView(a.Id, a.FileName, a.ContentType, a.Content != null)).ToList(),
                Steps = r.Steps.OrderBy(s => s.Id).Select(s => new StepView(s.Kind, s.User == null ? null : s.User.DisplayName, s.Comment, s.At)).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        IsAuthor = row is not null && string.Equals(row.AuthorUserId, userId, StringComparison.Ordinal);
        if (row is null || (!IsAuthor && !school.Has(row.ApproverRole)))
        {
            return false;
        }

        CheckOutcome? outcome = null;
        if (row.Text is not null && row.ResultJson is not null)
        {
            var engine = await engines.GetAsync(school.SchoolId, cancellationToken);
            outcome = CheckOutcome.From(row.Text, StoredResult.FromJson(row.ResultJson), engine.Protocol);
        }

        Detail = new ApprovalDetail(row.Id, row.AuthorUserId, row.AuthorName, row.ApproverRole, row.Status, row.Verdict, row.Channel, row.Context, row.ReplyTo,
            row.NegativeThread, row.DuringLesson, row.CreatedAt, row.ExpiresAt, row.Text, outcome, row.Steps)
        {
            Attachments = row.Attachments,
            Depicted = row.Depicted,
        };
        OwnRequestWithApproverRole = IsAuthor && school.Has(row.ApproverRole) && row.Status == ApprovalStatus.Open;
        CanDecide = !IsAuthor && row.Status == ApprovalStatus.Open;
        return true;
    }
}
