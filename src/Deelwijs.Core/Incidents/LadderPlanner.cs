using System.Globalization;
using Deelwijs.Core.Protocols;

namespace Deelwijs.Core.Incidents;

/// <summary>Works out, from the protocol's ladder and what happened so far, the next steps of a case and whether it may close.</summary>
public static class LadderPlanner
{
    public static LadderPlan Plan(Protocol protocol, IncidentCase incident)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(incident);
        return Plan(protocol.Ladders.For(incident.Subject.Ladder()), incident);
    }

    public static LadderPlan Plan(SanctionLadder ladder, IncidentCase incident)
    {
        ArgumentNullException.ThrowIfNull(ladder);
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentOutOfRangeException.ThrowIfNegative(incident.EarlierCases);
        ArgumentOutOfRangeException.ThrowIfNegative(incident.Facts.SuspensionDays);

        var latest = new Dictionary<string, RecordedStep>(StringComparer.Ordinal);
        foreach (var record in incident.Steps.OrderBy(r => r.Date))
        {
            latest[record.StepId] = record;
        }

        var taken = new List<TakenStep>();
        var incomplete = new HashSet<string>(StringComparer.Ordinal);
        foreach (var step in ladder.Steps)
        {
            if (latest.TryGetValue(step.Id, out var record))
            {
                if (step.Type.RequiresOutcome && string.IsNullOrWhiteSpace(record.Outcome))
                {
                    incomplete.Add(step.Id);
                }
                else
                {
                    taken.Add(new TakenStep(step, record));
                }
            }
        }

        var staffMeasureTaken = ladder.Audience == LadderAudience.Staff && taken.Exists(t => t.Step.Type.Kind == StepKind.Measure);
        var next = new List<PlannedStep>();
        foreach (var step in ladder.Steps)
        {
            if (taken.Exists(t => t.Step == step) || !step.AppliesTo(incident.Category) || !Applies(step.When, incident, staffMeasureTaken))
            {
                continue;
            }

            var outcomeMissing = incomplete.Contains(step.Id);
            next.Add(new PlannedStep(step, step.Mandatory, Reasons(step, incident, outcomeMissing), outcomeMissing));
        }

        // Reports the facts make mandatory (police, Inspectie, vertrouwensinspecteur) do not wait for the rungs before them.
        var ordered = next.Where(s => s.Step.Type.IsTriggered).Concat(next.Where(s => !s.Step.Type.IsTriggered)).ToList();
        var unknown = incident.Steps.Where(r => ladder.Find(r.StepId) is null).ToList();
        return new LadderPlan(ladder, ordered, taken, unknown);
    }

    private static bool Applies(StepCondition when, IncidentCase incident, bool staffMeasureTaken) => when switch
    {
        StepCondition.Always or StepCondition.Serious => true,
        StepCondition.Repetition => incident.IsRepetition,
        StepCondition.Grensoverschrijdend => incident.Facts.Grensoverschrijdend,
        StepCondition.PossiblyCriminal => incident.Facts.PossiblyCriminal,
        StepCondition.SuspensionOverOneDay => incident.Facts.SuspensionDays > 1,
        _ => staffMeasureTaken,
    };

    private static List<string> Reasons(LadderStep step, IncidentCase incident, bool outcomeMissing)
    {
        var reasons = new List<string>();
        if (step.Mandatory)
        {
            reasons.Add("verplicht");
        }

        switch (step.When)
        {
            case StepCondition.Always when !step.Mandatory:
                reasons.Add("als het nodig is");
                break;
            case StepCondition.Always:
                break;
            case StepCondition.Repetition:
                var cases = incident.EarlierCases == 1 ? "1 eerdere zaak" : $"{incident.EarlierCases.ToString(CultureInfo.InvariantCulture)} eerdere zaken";
                reasons.Add($"bij herhaling ({cases})");
                break;
            default:
                reasons.Add(step.When.Dutch());
                break;
        }

        if (outcomeMissing)
        {
            reasons.Add("de uitkomst is nog niet vastgelegd");
        }

        return reasons;
    }
}
