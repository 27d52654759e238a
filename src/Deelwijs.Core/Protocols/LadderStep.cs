using Deelwijs.Core.Incidents;

namespace Deelwijs.Core.Protocols;

/// <summary>One rung or mandatory report of a sanction ladder, as the school's protocol file describes it.</summary>
/// <param name="Id">The step's id within its ladder (<c>gesprek-leerkracht</c>); recorded steps of a case refer to it.</param>
/// <param name="Title">The school's own Dutch name for the step.</param>
/// <param name="Rules">The full rule ids (<c>ssoe/4.4</c>) the step comes from; empty when only law or cao require it.</param>
/// <param name="Categories">The incident categories the step is for; empty for every category.</param>
public sealed record LadderStep(
    string Id,
    string Title,
    StepType Type,
    StepCondition When,
    bool Mandatory,
    IReadOnlyList<string> Rules,
    IReadOnlyList<IncidentCategory> Categories)
{
    public bool AppliesTo(IncidentCategory category) => Categories.Count == 0 || Categories.Contains(category);
}
