namespace Deelwijs.Core.Protocols;

/// <summary>
/// One kind of ladder step from the fixed catalogue (<see cref="StepTypes"/>), with where it comes from in law, cao or protocol.
/// A type with a <see cref="Trigger"/> follows from the facts of a case and is always mandatory.
/// </summary>
/// <param name="Code">The code in a protocol file (<c>type: written-reprimand</c>).</param>
/// <param name="Label">A short Dutch name ("Schriftelijke berisping").</param>
/// <param name="Source">A Dutch one-liner naming the law, cao or protocol the step rests on, and its topic.</param>
/// <param name="Severity">Rank for ordering a ladder from light to heavy; 0 for notifications, which are no rung.</param>
/// <param name="Instruction">What the handler does and records, in Dutch, when that is not obvious from the title.</param>
/// <param name="RequiresOutcome">The step only counts as done when its outcome is written down (a summary, a decision).</param>
/// <param name="OnlyUnder">The one labour agreement that knows this measure, if not both.</param>
public sealed record StepType(
    string Code,
    string Label,
    StepKind Kind,
    IReadOnlyList<LadderAudience> Audiences,
    int Severity,
    StepCondition? Trigger,
    string Source,
    string? Instruction = null,
    bool RequiresOutcome = false,
    LabourAgreement? OnlyUnder = null)
{
    public bool IsTriggered => Trigger is not null;
}
