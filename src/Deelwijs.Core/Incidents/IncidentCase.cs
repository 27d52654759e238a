namespace Deelwijs.Core.Incidents;

/// <summary>What the ladder planner needs to know about one case.</summary>
/// <param name="EarlierCases">Earlier cases of the same person; one or more means repetition ("bij herhaling").</param>
public sealed record IncidentCase(
    CaseSubject Subject,
    IncidentCategory Category,
    CaseFacts Facts,
    IReadOnlyList<RecordedStep> Steps,
    int EarlierCases = 0)
{
    public bool IsRepetition => EarlierCases > 0;
}
