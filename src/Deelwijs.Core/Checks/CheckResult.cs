namespace Deelwijs.Core.Checks;

/// <summary>The outcome of a check: the verdict, the findings in text order and the reminders.</summary>
public sealed record CheckResult(
    Verdict Verdict,
    string ProtocolId,
    string ProtocolVersion,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<Reminder> Reminders);
