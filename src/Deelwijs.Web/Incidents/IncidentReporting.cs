using Deelwijs.Core.Checks;
using Deelwijs.Core.Incidents;
using Deelwijs.Core.Rosters;
using Deelwijs.Data;
using Deelwijs.Web.Checks;
using Microsoft.EntityFrameworkCore;

namespace Deelwijs.Web.Incidents;

/// <summary>
/// Files a report as a case of the reporter's school: routed by the school's protocol, involved people from that school's
/// roster only, evidence checked, the subject's dossier and the audit log written in the same transaction.
/// </summary>
public sealed class IncidentReporting(DeelwijsDbContext db, SchoolEngines engines, DossierFiling filing, AuditLog audit, TimeProvider time)
{
    public const int MaxPeople = 30;

    /// <exception cref="IncidentInputException">The report is incomplete, names someone of another school, or cannot go where asked.</exception>
    public async Task<ReportReceipt> ReportAsync(int schoolId, Actor reporter, string? apiKeyPrefix, IncidentReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reporter);
        ArgumentNullException.ThrowIfNull(report);
        var description = Required(report.Description, Incident.DescriptionLength,
            "Vertel kort wat er gebeurde.", "De beschrijving is te lang: gebruik hoogstens 4.000 tekens, en stuur de rest mee als bestand.");
        var platform = Optional(report.Platform, Incident.PlatformLength, "Noem de plek (zoals Instagram of WhatsApp) in hoogstens 100 tekens.");
        var link = IncidentText.Link(report.Link);
        if (report.Evidence.Count > EvidenceFile.MaxFiles)
        {
            throw new IncidentInputException($"Stuur hoogstens {EvidenceFile.MaxFiles} bestanden mee.");
        }

        var protocol = (await engines.GetAsync(schoolId, cancellationToken)).Protocol;
        ReportRouting routing;
        try
        {
            routing = ReportRouter.Route(protocol, report.Category, report.ConfidantOnly);
        }
        catch (ReportRoutingException e)
        {
            throw new IncidentInputException(e.Message);
        }

        if (routing.ConfidantOnly && !await db.Memberships.AnyAsync(m => m.SchoolId == schoolId && m.Role == Role.Confidant, cancellationToken))
        {
            throw new IncidentInputException(
                "Je school heeft in Deelwijs geen vertrouwenspersoon, dus een melding alleen voor de vertrouwenspersoon kan nu niet. Haal het vinkje weg, of vraag op school wie de vertrouwenspersoon is.");
        }

        var people = await InvolvedAsync(schoolId, report, cancellationToken);
        var now = time.GetUtcNow();
        var incident = new Incident
        {
            SchoolId = schoolId,
            ReporterUserId = reporter.UserId,
            ApiKeyPrefix = apiKeyPrefix,
            Category = report.Category,
            Description = description,
            Platform = platform,
            Link = link,
            ConfidantOnly = routing.ConfidantOnly,
            RoutedTo = routing.To,
            Status = IncidentStatus.Open,
            Subject = IncidentLabels.DefaultSubject(report.Category),
            CreatedAt = now,
            People = people,
            Documents = [.. report.Evidence.Select(f => new IncidentDocument
            {
                FileName = f.FileName,
                ContentType = f.ContentType,
                Content = f.Content,
                Size = f.Content.Length,
                UploadedByUserId = reporter.UserId,
                UploadedAt = now,
            })],
        };

        // One roster person involved: the case is about them, and their ladder applies; with more, the handler chooses.
        if (people.Where(p => p.Person is not null).ToList() is [var only])
        {
            only.SubjectAs = IncidentLabels.SubjectOf(only.Person!.Kind);
            incident.Subject = only.SubjectAs.Value;
        }

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.Incidents.Add(incident);
            await db.SaveChangesAsync(cancellationToken);
            var number = IncidentLabels.Number(incident.Id, now);
            audit.Add(schoolId, reporter, AuditAction.CaseReported,
                $"Melding {number} ({report.Category.Label()}) gedaan; naar {ReportRouter.Dutch(routing.To)}{(routing.ConfidantOnly ? ", alleen voor de vertrouwenspersoon" : "")}.",
                incident.Id);
            await filing.SyncAsync(incident, [], reporter, protocol, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });

        return new ReportReceipt(incident.Id, IncidentLabels.Number(incident.Id, now), routing.To, routing.Explanation, now);
    }

    private async Task<List<IncidentPerson>> InvolvedAsync(int schoolId, IncidentReport report, CancellationToken cancellationToken)
    {
        static List<string> Clean(IEnumerable<string?> texts) => [.. texts.Select(t => t?.Trim() ?? "").Where(t => t.Length > 0).Distinct(StringComparer.Ordinal)];
        var described = Clean(report.Described);
        var names = Clean(report.Names);
        var ids = report.PersonIds.Distinct().ToList();
        if (ids.Count + described.Count + names.Count > MaxPeople)
        {
            throw new IncidentInputException($"Noem hoogstens {MaxPeople} betrokkenen; beschrijf een grotere groep in je verhaal.");
        }

        if (described.Concat(names).Any(d => d.Length > IncidentPerson.NameLength))
        {
            throw new IncidentInputException("Beschrijf iedere betrokkene in hoogstens 300 tekens.");
        }

        var roster = ids.Count == 0 && names.Count == 0 ? [] : await db.People
            .Where(p => p.SchoolId == schoolId && p.Left == null)
            .ToListAsync(cancellationToken);
        var chosen = roster.Where(p => ids.Contains(p.Id)).ToList();
        if (chosen.Count != ids.Count)
        {
            throw new IncidentInputException("Iemand die je koos staat niet (meer) op de leerlingenlijst van je school. Kies opnieuw, of beschrijf die persoon.");
        }

        // Names from an app are matched on the school's roster; a name it does not know, or that two people share, stays a description.
        var byPerson = roster.GroupBy(p => p.ToPerson()).ToDictionary(g => g.Key, g => g.First());
        var lookup = new RosterLookup(new Roster([.. byPerson.Keys]));
        foreach (var name in names)
        {
            if (lookup.ByName(name) is [var match])
            {
                chosen.Add(byPerson[match]);
            }
            else
            {
                described.Add(name);
            }
        }

        return [
            .. chosen.DistinctBy(p => p.Id).Select(p => new IncidentPerson { PersonId = p.Id, Person = p, Name = p.ToPerson().FullName }),
            .. described.Select(d => new IncidentPerson { Name = d }),
        ];
    }

    private static string Required(string? text, int length, string missing, string tooLong) =>
        Optional(text, length, tooLong) ?? throw new IncidentInputException(missing);

    private static string? Optional(string? text, int length, string tooLong)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed.Length <= length ? trimmed : throw new IncidentInputException(tooLong);
    }
}
