namespace Deelwijs.Data;

/// <summary>One step in the life of an approval request: who did what, when, with which comment.</summary>
public sealed class ApprovalStep
{
    public int Id { get; set; }

    public int ApprovalRequestId { get; set; }

    public ApprovalRequest? Request { get; set; }

    /// <summary>Who took the step; null for Deelwijs itself (retention).</summary>
    public string? UserId { get; set; }

    public DeelwijsUser? User { get; set; }

    public ApprovalStepKind Kind { get; set; }

    public string? Comment { get; set; }

    public DateTimeOffset At { get; set; }
}
