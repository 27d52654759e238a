using Deelwijs.Core.Checks;
using Deelwijs.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Deelwijs.Web.Approvals;

/// <summary>Stores approval requests and their decisions, every step with who and when; refuses self-approval.</summary>
public sealed class ApprovalService(DeelwijsDbContext db, TimeProvider time, IOptions<ApprovalOptions> options)
{
    public const int MaxCommentLength = 2000;

    /// <summary>True when someone other than the author holds the approver role at the school, so a request can be answered.</summary>
    public async Task<bool> HasApproverAsync(int schoolId, Role approverRole, string authorUserId, CancellationToken cancellationToken = default) =>
        await db.Memberships.AnyAsync(m => m.SchoolId == schoolId && m.Role == approverRole && m.UserId != authorUserId, cancellationToken);

    /// <summary>Stores the draft with its check result and the question (optional) as the first step; returns the request's id.</summary>
    public async Task<int> AskAsync(
        int schoolId, string authorUserId, CheckRequest draft, CheckResult result, Role approverRole, string? question,
        CancellationToken cancellationToken = default, IReadOnlyList<ApprovalAttachment>? attachments = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(result);
        if (!ApproverRoles.IsApprover(approverRole))
        {
            throw new ArgumentOutOfRangeException(nameof(approverRole), approverRole, "Alleen een teamleider, de directie of communicatie geeft toestemming.");
        }

        var now = time.GetUtcNow();
        var request = new ApprovalRequest
        {
            SchoolId = schoolId,
            AuthorUserId = authorUserId,
            AuthorRole = draft.Role,
            Text = draft.Text,
            Channel = draft.Channel.Code(),
            Context = draft.Context?.Code(),
            ReplyTo = draft.ReplyTo == ReplyTo.None ? null : draft.ReplyTo.Code(),
            NegativeThread = draft.NegativeThread,
            DuringLesson = draft.DuringLesson,
            Verdict = result.Verdict.Code(),
            ResultJson = StoredResult.ToJson(result),
            ApproverRole = approverRole,
            Status = ApprovalStatus.Open,
            CreatedAt = now,
            Steps = [new ApprovalStep { UserId = authorUserId, Kind = ApprovalStepKind.Asked, Comment = Trim(question), At = now }],
            Attachments = [.. attachments ?? []],
            Depicted = DepictedNames(draft),
        };
        db.ApprovalRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        return request.Id;
    }

    /// <summary>
    /// Records a decision by someone with the asked role at the request's school. The school comes from the
    /// signed-in user, so a request of another school is <see cref="DecisionOutcome.NotFound"/>.
    /// </summary>
    public async Task<DecisionOutcome> DecideAsync(int schoolId, int requestId, string userId, IReadOnlySet<Role> roles, ApprovalDecision decision, string? comment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var request = await db.ApprovalRequests.AsNoTracking()
            .Where(r => r.Id == requestId && r.SchoolId == schoolId)
            .Select(r => new { r.AuthorUserId, r.ApproverRole, r.Status })
            .SingleOrDefaultAsync(cancellationToken);
        if (request is null || (!roles.Contains(request.ApproverRole) && !string.Equals(request.AuthorUserId, userId, StringComparison.Ordinal)))
        {
            return DecisionOutcome.NotFound;
        }

        if (string.Equals(request.AuthorUserId, userId, StringComparison.Ordinal))
        {
            return DecisionOutcome.SelfApproval;
        }

        comment = Trim(comment);
        if (decision != ApprovalDecision.Approve && comment is null)
        {
            return DecisionOutcome.CommentRequired;
        }

        var (status, kind) = decision switch
        {
            ApprovalDecision.Approve => (ApprovalStatus.Approved, ApprovalStepKind.Approved),
            ApprovalDecision.Decline => (ApprovalStatus.Declined, ApprovalStepKind.Declined),
            _ => (ApprovalStatus.ChangesRequested, ApprovalStepKind.ChangesRequested),
        };
        var now = time.GetUtcNow();
        var expires = now.AddDays(options.Value.RetentionDays);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Only an open request changes: of two approvers deciding at once, the second one is told it was already decided.
        var changed = await db.ApprovalRequests
            .Where(r => r.Id == requestId && r.Status == ApprovalStatus.Open)
            .ExecuteUpdateAsync(set => set
                .SetProperty(r => r.Status, status)
                .SetProperty(r => r.DecidedAt, now)
                .SetProperty(r => r.ExpiresAt, expires), cancellationToken);
        if (changed == 0)
        {
            return DecisionOutcome.NotOpen;
        }

        db.ApprovalSteps.Add(new ApprovalStep { ApprovalRequestId = requestId, UserId = userId, Kind = kind, Comment = comment, At = now });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return DecisionOutcome.Done;
    }

    private static string? Trim(string? text)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed.Length > MaxCommentLength ? trimmed[..MaxCommentLength] : trimmed;
    }

    /// <summary>Everyone the author chose and everyone tagged in the files, once each; null when nobody.</summary>
    private static string? DepictedNames(CheckRequest draft)
    {
        var names = draft.Depicted.Select(d => d.Name).Concat(draft.Media.SelectMany(m => m.TaggedNames))
            .DistinctBy(n => n.Trim().ToUpperInvariant())
            .ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }
}

/// <summary>What an approver decides.</summary>
public enum ApprovalDecision
{
    Approve,
    Decline,
    RequestChanges,
}

/// <summary>What became of a decision.</summary>
public enum DecisionOutcome
{
    Done,
    NotFound,
    SelfApproval,
    CommentRequired,
    NotOpen,
}
