namespace Deelwijs.Data;

/// <summary>
/// A photo, video or recording sent with an approval request, so the approver sees what will be posted; stored without
/// its location metadata where Deelwijs can remove it, and deleted with the draft when the retention period ends.
/// </summary>
public sealed class ApprovalAttachment
{
    public int Id { get; set; }

    public int ApprovalRequestId { get; set; }

    public ApprovalRequest? ApprovalRequest { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    /// <summary>The file; null when it was too large to keep (the approver then asks to see it).</summary>
    public byte[]? Content { get; set; }
}
