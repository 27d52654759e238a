using Deelwijs.Core.Checks;
using Deelwijs.Core.Incidents;
using Deelwijs.Core.Rosters;
using Deelwijs.Data;

namespace Deelwijs.Web.Incidents;

/// <summary>A case as its handler sees it: the report, the facts, who is involved, evidence, the steps taken, the ladder plan and who looked at it.</summary>
public sealed record CaseView(
    int Id,
    string Number,
    IncidentCategory Category,
    string Description,
    string? Platform,
    string? Link,
    bool ConfidantOnly,
    Role RoutedTo,
    IncidentStatus Status,
    CaseSubject Subject,
    CaseFacts Facts,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ClosedAt,
    string Reporter,
    IReadOnlyList<InvolvedView> People,
    IReadOnlyList<DocumentView> Documents,
    IReadOnlyList<StepRecordView> Steps,
    CasePlan Plan,
    IReadOnlyList<AuditView> Log)
{
    public bool IsOpen => Status == IncidentStatus.Open;

    public InvolvedView? SubjectPerson => People.FirstOrDefault(p => p.SubjectAs is not null);
}

/// <summary>Someone involved in a case; <see cref="PersonId"/> and <see cref="Kind"/> come from the roster, null for someone described.</summary>
public sealed record InvolvedView(int Id, int? PersonId, PersonKind? Kind, string Name, string? Group, CaseSubject? SubjectAs);

/// <summary>A stored file of a case, without its content; <see cref="StepRecordId"/> is the step it goes with, null for evidence from the report.</summary>
public sealed record DocumentView(int Id, string FileName, string ContentType, long Size, DateTimeOffset UploadedAt, string? UploadedByUserId, string? UploadedBy, int? StepRecordId);

/// <summary>A step taken in a case, with the ladder's title for it.</summary>
public sealed record StepRecordView(int Id, string StepId, string Title, DateOnly Date, string? Present, string? Outcome, string? RecordedBy, DateTimeOffset RecordedAt);

/// <summary>A line of the audit log.</summary>
public sealed record AuditView(DateTimeOffset At, string Actor, string Detail);

/// <summary>A case in a handler's list.</summary>
public sealed record CaseRow(int Id, string Number, IncidentCategory Category, DateTimeOffset CreatedAt, Role RoutedTo, bool ConfidantOnly, IncidentStatus Status, string? Subject, int Steps);

/// <summary>A report in its reporter's list: what, when, who received it and how far it is.</summary>
public sealed record ReportRow(int Id, string Number, IncidentCategory Category, DateTimeOffset CreatedAt, Role RoutedTo, bool ConfidantOnly, string Status);

/// <summary>What became of a change to a case: done, not found (or not the handler's), or refused with a Dutch reason.</summary>
public sealed record HandlingResult(bool Found, string? Error)
{
    public static HandlingResult Done { get; } = new(true, null);

    public static HandlingResult NotFound { get; } = new(false, null);

    public bool Succeeded => Found && Error is null;

    public static HandlingResult Refused(string error) => new(true, error);
}
