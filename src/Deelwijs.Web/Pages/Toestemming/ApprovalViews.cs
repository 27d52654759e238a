using Deelwijs.Core.Checks;
using Deelwijs.Data;
using Deelwijs.Web.Pages.Controleren;

namespace Deelwijs.Web.Pages.Toestemming;

/// <summary>A request in a list: who asked whom, when, the verdict and the start of the draft.</summary>
public sealed record ApprovalRow(int Id, string AuthorName, Role ApproverRole, ApprovalStatus Status, string Verdict, DateTimeOffset CreatedAt, string? Text, string? DecisionComment)
{
    public string Preview => Text is null ? "(bericht gewist na de bewaartermijn)" : Text.Length <= 80 ? Text : $"{Text[..80]}…";
}

/// <summary>One step as the detail page shows it; <see cref="Who"/> is null for Deelwijs itself.</summary>
public sealed record StepView(ApprovalStepKind Kind, string? Who, string? Comment, DateTimeOffset At);

/// <summary>A request with everything its detail page shows; <see cref="Outcome"/> is null once the draft was deleted.</summary>
public sealed record ApprovalDetail(
    int Id,
    string AuthorUserId,
    string AuthorName,
    Role ApproverRole,
    ApprovalStatus Status,
    string Verdict,
    string Channel,
    string? Context,
    string? ReplyTo,
    bool NegativeThread,
    bool DuringLesson,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt,
    string? Text,
    CheckOutcome? Outcome,
    IReadOnlyList<StepView> Steps)
{
    /// <summary>The draft's media (names, and whether the file itself was kept).</summary>
    public IReadOnlyList<AttachmentView> Attachments { get; init; } = [];

    /// <summary>Who the author said is on the media.</summary>
    public string? Depicted { get; init; }
}

/// <summary>A file sent with a request: its id for the download, name, type, and whether it was stored.</summary>
public sealed record AttachmentView(int Id, string FileName, string ContentType, bool Stored)
{
    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);

    public bool IsVideo => ContentType.StartsWith("video/", StringComparison.Ordinal);

    public bool IsAudio => ContentType.StartsWith("audio/", StringComparison.Ordinal);
}
