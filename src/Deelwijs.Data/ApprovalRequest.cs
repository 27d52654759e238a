using Deelwijs.Core.Checks;

namespace Deelwijs.Data;

/// <summary>
/// A draft that its author sent to a manager, director or communications for permission, with the check result at
/// the time of asking; the draft is kept until <see cref="ExpiresAt"/>, the steps for good.
/// </summary>
public sealed class ApprovalRequest
{
    public int Id { get; set; }

    public int SchoolId { get; set; }

    public School? School { get; set; }

    public required string AuthorUserId { get; set; }

    public DeelwijsUser? Author { get; set; }

    /// <summary>The role the author posts in.</summary>
    public Role AuthorRole { get; set; }

    /// <summary>The draft; null once the retention period has passed.</summary>
    public string? Text { get; set; }

    /// <summary>The situation as contract codes (CHECK-CONTRACT.md).</summary>
    public required string Channel { get; set; }

    public string? Context { get; set; }

    public string? ReplyTo { get; set; }

    public bool NegativeThread { get; set; }

    public bool DuringLesson { get; set; }

    /// <summary>The verdict's contract code at the time of asking; kept after retention.</summary>
    public required string Verdict { get; set; }

    /// <summary>The check result as the contract's JSON at the time of asking; null once the retention period has passed (it quotes the draft).</summary>
    public string? ResultJson { get; set; }

    /// <summary>Who is asked: manager, director or communications.</summary>
    public Role ApproverRole { get; set; }

    public ApprovalStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>When the draft is deleted: set at the decision.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }

    public List<ApprovalStep> Steps { get; set; } = [];

    /// <summary>The media of the draft; deleted with the draft.</summary>
    public List<ApprovalAttachment> Attachments { get; set; } = [];

    /// <summary>Who the author said is on the media, names separated by ", "; null once the retention period has passed.</summary>
    public string? Depicted { get; set; }
}
