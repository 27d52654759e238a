using Deelwijs.Core.Protocols;

namespace Deelwijs.Core.Incidents;

/// <summary>A step of the ladder that is still to be taken in a case, and why (in Dutch).</summary>
/// <param name="Reasons">Why the step is here, in Dutch ("verplicht", "bij herhaling (1 eerdere zaak)").</param>
/// <param name="OutcomeMissing">The step was recorded, but without the outcome it needs (the summary of a call, a decision).</param>
public sealed record PlannedStep(LadderStep Step, bool Mandatory, IReadOnlyList<string> Reasons, bool OutcomeMissing = false)
{
    /// <summary>A measure the school may choose depending on how serious the case is, rather than a step it must take.</summary>
    public bool IsOption => Step.When == StepCondition.Serious;

    public string Why => string.Join("; ", Reasons);
}
