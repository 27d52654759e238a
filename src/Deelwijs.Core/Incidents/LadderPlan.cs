using Deelwijs.Core.Protocols;

namespace Deelwijs.Core.Incidents;

/// <summary>Where a case stands on its ladder: what was done, what comes next, and whether it may be closed.</summary>
/// <param name="NextSteps">Steps still to take: open mandatory reports first, then the ladder's steps in its order.</param>
/// <param name="Taken">Steps of the ladder that were taken, in ladder order.</param>
/// <param name="Unknown">Recorded steps whose id is not (or no longer) in the ladder; they stay in the dossier but count for nothing.</param>
public sealed record LadderPlan(
    SanctionLadder Ladder,
    IReadOnlyList<PlannedStep> NextSteps,
    IReadOnlyList<TakenStep> Taken,
    IReadOnlyList<RecordedStep> Unknown)
{
    public IReadOnlyList<PlannedStep> OpenMandatory => NextSteps.Where(s => s.Mandatory).ToList();

    /// <summary>A case never closes while a mandatory step is open.</summary>
    public bool MayClose => !NextSteps.Any(s => s.Mandatory);

    /// <summary>Why the case may not be closed yet, in Dutch; null when it may.</summary>
    public string? WhyNotClosable
    {
        get
        {
            var open = OpenMandatory;
            if (open.Count == 0)
            {
                return null;
            }

            var items = open.Select(s => $"'{s.Step.Title}' ({OpenBecause(s)})").ToList();
            return open.Count == 1
                ? $"De zaak kan nog niet worden afgesloten: de verplichte stap {items[0]} staat nog open."
                : $"De zaak kan nog niet worden afgesloten: deze verplichte stappen staan nog open: {string.Join(", ", items)}.";
        }
    }

    private static string OpenBecause(PlannedStep step) => step.OutcomeMissing
        ? "de uitkomst is nog niet vastgelegd"
        : step.Step.When switch
        {
            StepCondition.Always => "hoort bij elke zaak",
            StepCondition.Repetition => "bij herhaling",
            var trigger => trigger.Dutch(),
        };
}
