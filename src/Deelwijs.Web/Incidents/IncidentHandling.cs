using System.Globalization;
using Deelwijs.Core.Incidents;
using Deelwijs.Core.Protocols;
using Deelwijs.Data;
using Deelwijs.Web.Checks;
using Deelwijs.Web.Consent;
using Deelwijs.Web.Schools;
using Microsoft.EntityFrameworkCore;

namespace Deelwijs.Web.Incidents;

/// <summary>
/// What a handler does with a case: record a ladder step (checked against the protocol's ladder), set the facts, name the
/// subject, and close it once no mandatory step is open. Every change is filed in the subject's dossier and logged.
/// </summary>
public sealed class IncidentHandling(
    DeelwijsDbContext db, IncidentCases cases, IncidentLadders ladders, SchoolEngines engines, DossierFiling filing, AuditLog audit, TimeProvider time)
{
    /// <summary>A pupil is suspended for at most a week (school laws: "ten hoogste een week").</summary>
    public const int MaxSuspensionDays = 5;

    public async Task<HandlingResult> RecordStepAsync(SchoolAccess school, Actor actor, int id, StepInput input, EvidenceFile? document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return await ChangeAsync(school, actor, id, cancellationToken, (incident, protocol) =>
        {
            var ladder = protocol.Ladders.For(incident.Subject.Ladder());
            var step = input.StepId is null ? null : ladder.Find(input.StepId);
            if (step is null)
            {
                return "Kies een stap van de ladder.";
            }

            if (input.Date is not { } date)
            {
                return "Vul de datum van de stap in.";
            }

            if (date > SchoolDay.Today(time))
            {
                return "De datum ligt in de toekomst: leg een stap vast als hij gezet is.";
            }

            var outcome = Trim(input.Outcome);
            if (step.Type.RequiresOutcome && outcome is null)
            {
                return $"Schrijf de uitkomst op: '{step.Title}' telt pas als de uitkomst is vastgelegd. {step.Type.Instruction}".TrimEnd();
            }

            var present = Trim(input.Present);
            if (outcome?.Length > IncidentStep.OutcomeLength || present?.Length > IncidentStep.PresentLength)
            {
                return "De tekst is te lang: gebruik hoogstens 4.000 tekens voor de uitkomst en 1.000 voor wie er waren.";
            }

            var now = time.GetUtcNow();
            var recorded = new IncidentStep
            {
                StepId = step.Id, Date = date, Present = present, Outcome = outcome, RecordedByUserId = actor.UserId, RecordedAt = now,
            };
            incident.Steps.Add(recorded);
            var number = IncidentLabels.Number(incident.Id, incident.CreatedAt);
            audit.Add(incident.SchoolId, actor, AuditAction.StepRecorded,
                $"Stap '{step.Title}' van {DutchTime.Date(date)} vastgelegd bij melding {number}.", incident.Id, SubjectId(incident));
            if (document is not null)
            {
                incident.Documents.Add(new IncidentDocument
                {
                    Step = recorded, FileName = document.FileName, ContentType = document.ContentType, Content = document.Content,
                    Size = document.Content.Length, UploadedByUserId = actor.UserId, UploadedAt = now,
                });
                audit.Add(incident.SchoolId, actor, AuditAction.DocumentAdded,
                    $"Bestand '{document.FileName}' toegevoegd aan melding {number}.", incident.Id, SubjectId(incident));
            }

            return null;
        });
    }

    public Task<HandlingResult> SetFactsAsync(SchoolAccess school, Actor actor, int id, CaseFacts facts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return ChangeAsync(school, actor, id, cancellationToken, (incident, _) =>
        {
            if (facts.SuspensionDays is < 0 or > MaxSuspensionDays)
            {
                return $"Een schorsing duurt ten hoogste een week: vul 0 tot en met {MaxSuspensionDays} schooldagen in.";
            }

            if (incident.Facts == facts)
            {
                return null;
            }

            (incident.Grensoverschrijdend, incident.PossiblyCriminal, incident.SuspensionDays) = (facts.Grensoverschrijdend, facts.PossiblyCriminal, facts.SuspensionDays);
            audit.Add(incident.SchoolId, actor, AuditAction.CaseChanged, string.Create(CultureInfo.InvariantCulture,
                $"Feiten van melding {IncidentLabels.Number(incident.Id, incident.CreatedAt)}: grensoverschrijdend {YesNo(facts.Grensoverschrijdend)}, mogelijk strafbaar {YesNo(facts.PossiblyCriminal)}, schorsing {facts.SuspensionDays} dag(en)."),
                incident.Id, SubjectId(incident));
            return null;
        });
    }

    /// <summary>Names the involved roster person whose ladder the case follows; the case's steps move to their dossier.</summary>
    public Task<HandlingResult> SetSubjectAsync(SchoolAccess school, Actor actor, int id, int involvedId, CancellationToken cancellationToken = default) =>
        ChangeAsync(school, actor, id, cancellationToken, (incident, _) =>
        {
            var chosen = incident.People.FirstOrDefault(p => p.Id == involvedId && p.Person is not null);
            if (chosen is null)
            {
                return "Kies iemand van de leerlingenlijst die bij de melding betrokken is.";
            }

            foreach (var person in incident.People)
            {
                person.SubjectAs = ReferenceEquals(person, chosen) ? IncidentLabels.SubjectOf(chosen.Person!.Kind) : null;
            }

            incident.Subject = chosen.SubjectAs!.Value;
            audit.Add(incident.SchoolId, actor, AuditAction.CaseChanged,
                $"Melding {IncidentLabels.Number(incident.Id, incident.CreatedAt)} gaat over {chosen.Name} ({IncidentLabels.Subject(incident.Subject)}).", incident.Id, chosen.PersonId);
            return null;
        });

    /// <summary>Adds someone from the school's roster to the people involved.</summary>
    public async Task<HandlingResult> AddPersonAsync(SchoolAccess school, Actor actor, int id, int personId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(school);
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == personId && p.SchoolId == school.SchoolId && p.Left == null, cancellationToken);
        return await ChangeAsync(school, actor, id, cancellationToken, (incident, _) =>
        {
            if (person is null)
            {
                return "Deze persoon staat niet op de leerlingenlijst van de school.";
            }

            if (incident.People.Exists(p => p.PersonId == personId))
            {
                return null;
            }

            var name = person.ToPerson().FullName;
            incident.People.Add(new IncidentPerson { PersonId = person.Id, Person = person, Name = name });
            audit.Add(incident.SchoolId, actor, AuditAction.CaseChanged,
                $"{name} toegevoegd aan de betrokkenen van melding {IncidentLabels.Number(incident.Id, incident.CreatedAt)}.", incident.Id, person.Id);
            return null;
        });
    }

    /// <summary>Closes the case, unless a mandatory step is still open (then the refusal says which).</summary>
    public Task<HandlingResult> CloseAsync(SchoolAccess school, Actor actor, int id, CancellationToken cancellationToken = default) =>
        ChangeAsync(school, actor, id, cancellationToken, async (incident, protocol) =>
        {
            var plan = await ladders.PlanAsync(incident, protocol, cancellationToken);
            if (plan.Plan.WhyNotClosable is { } why)
            {
                return why;
            }

            incident.Status = IncidentStatus.Closed;
            incident.ClosedAt = time.GetUtcNow();
            incident.ClosedByUserId = actor.UserId;
            audit.Add(incident.SchoolId, actor, AuditAction.CaseClosed,
                $"Melding {IncidentLabels.Number(incident.Id, incident.CreatedAt)} afgesloten.", incident.Id, SubjectId(incident));
            return null;
        });

    private Task<HandlingResult> ChangeAsync(
        SchoolAccess school, Actor actor, int id, CancellationToken cancellationToken, Func<Incident, Protocol, string?> change) =>
        ChangeAsync(school, actor, id, cancellationToken, (incident, protocol) => Task.FromResult(change(incident, protocol)));

    /// <summary>Loads the case for this handler, applies the change (null, or why not), files the dossier and saves with the audit entries.</summary>
    private async Task<HandlingResult> ChangeAsync(
        SchoolAccess school, Actor actor, int id, CancellationToken cancellationToken, Func<Incident, Protocol, Task<string?>> change)
    {
        ArgumentNullException.ThrowIfNull(school);
        ArgumentNullException.ThrowIfNull(actor);
        var incident = await cases.LoadAsync(school, id, track: true, cancellationToken);
        if (incident is null)
        {
            return HandlingResult.NotFound;
        }

        if (incident.Status == IncidentStatus.Closed)
        {
            return HandlingResult.Refused("Deze zaak is afgesloten en kan niet meer veranderen.");
        }

        var protocol = (await engines.GetAsync(school.SchoolId, cancellationToken)).Protocol;
        if (await change(incident, protocol) is { } error)
        {
            return HandlingResult.Refused(error);
        }

        await filing.SyncAsync(incident, await cases.DocumentsAsync(incident.Id, cancellationToken), actor, protocol, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return HandlingResult.Done;
    }

    private static int? SubjectId(Incident incident) => incident.People.FirstOrDefault(p => p.SubjectAs is not null)?.PersonId;

    private static string YesNo(bool value) => value ? "ja" : "nee";

    private static string? Trim(string? text)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }
}
