using Deelwijs.Core.Incidents;
using Deelwijs.Core.Protocols;
using Deelwijs.Data;
using Microsoft.EntityFrameworkCore;

namespace Deelwijs.Web.Incidents;

/// <summary>Plans a stored case on its protocol's ladder, with repetition counted from the subject's earlier cases at the same school.</summary>
public sealed class IncidentLadders(DeelwijsDbContext db)
{
    /// <summary>The plan for a case loaded with its people and steps.</summary>
    public async Task<CasePlan> PlanAsync(Incident incident, Protocol protocol, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(protocol);
        var earlier = await EarlierCasesAsync(incident, cancellationToken);
        var steps = incident.Steps.Select(s => new RecordedStep(s.StepId, s.Date, s.Outcome)).ToList();
        var plan = LadderPlanner.Plan(protocol, new IncidentCase(incident.Subject, incident.Category, incident.Facts, steps, earlier));
        return new CasePlan(plan, earlier);
    }

    /// <summary>
    /// Earlier cases (any category) in which the same roster person was the subject, at the same school. A case that is not
    /// confidential does not count confidential ones, so their existence does not leak to its handlers.
    /// </summary>
    public async Task<int> EarlierCasesAsync(Incident incident, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incident);
        if (incident.People.FirstOrDefault(p => p.SubjectAs is not null)?.PersonId is not { } personId)
        {
            return 0;
        }

        return await db.Incidents.CountAsync(i =>
            i.SchoolId == incident.SchoolId
            && i.Id < incident.Id
            && (incident.ConfidantOnly || !i.ConfidantOnly)
            && i.People.Any(p => p.PersonId == personId && p.SubjectAs != null), cancellationToken);
    }
}

/// <summary>The ladder plan of a case and how many earlier cases its subject had.</summary>
public sealed record CasePlan(LadderPlan Plan, int EarlierCases);
