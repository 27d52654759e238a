using System.Globalization;
using Deelwijs.Core.Incidents;
using Deelwijs.Core.Rosters;
using Deelwijs.Data;

namespace Deelwijs.Web.Incidents;

/// <summary>The Dutch words of cases: categories explained for pupils and parents, statuses, subjects, receipt numbers.</summary>
public static class IncidentLabels
{
    /// <summary>"Cyberpesten": the category's label with a capital.</summary>
    public static string Category(IncidentCategory category)
    {
        var label = category.Label();
        return string.Concat(label[..1].ToUpper(CultureInfo.GetCultureInfo("nl-NL")), label[1..]);
    }

    /// <summary>What the category means, in words a pupil of twelve understands.</summary>
    public static string Explanation(IncidentCategory category) => category switch
    {
        IncidentCategory.Cyberbullying => "Iemand wordt online gepest, uitgescholden, belachelijk gemaakt of buitengesloten.",
        IncidentCategory.Sexting => "Iemand vraagt, stuurt of deelt naaktfoto's of seksuele berichten.",
        IncidentCategory.Threat => "Iemand dreigt online om iemand pijn te doen of iets ergs te doen.",
        IncidentCategory.Stalking => "Iemand blijft berichten sturen of je volgen, terwijl je dat niet wilt.",
        IncidentCategory.HackedAccount => "Iemand heeft een account overgenomen of doet zich online voor als een ander.",
        IncidentCategory.Radicalisation => "Iemand deelt haat of extreme ideeën, of probeert anderen daarvoor te winnen.",
        IncidentCategory.Memes => "Foto's, filmpjes of memes van iemand worden verspreid zonder dat die persoon dat wil.",
        IncidentCategory.DerailingDiscussion => "Een discussie online over de school of over iemand van school loopt uit de hand.",
        IncidentCategory.Reputation => "Berichten die de school of iemand van school schade doen.",
        IncidentCategory.StaffBreach => "Een medewerker van school houdt zich niet aan de afspraken over sociale media.",
        _ => "Iets anders online dat niet goed voelt of niet klopt.",
    };

    /// <summary>The status as the reporter reads it.</summary>
    public static string Status(IncidentStatus status, bool hasSteps) =>
        status == IncidentStatus.Closed ? "Afgehandeld" : hasSteps ? "In behandeling" : "Ontvangen";

    public static string Subject(CaseSubject subject) => subject switch
    {
        CaseSubject.Pupil => "leerling",
        CaseSubject.Parent => "ouder",
        _ => "medewerker",
    };

    public static string DossierName(DossierType type) => type == DossierType.StaffFile ? "personeelsdossier" : "leerlingdossier";

    public static CaseSubject SubjectOf(PersonKind kind) => kind switch
    {
        PersonKind.Staff => CaseSubject.Staff,
        PersonKind.Parent => CaseSubject.Parent,
        _ => CaseSubject.Pupil,
    };

    public static DossierType FileOf(CaseSubject subject) => subject == CaseSubject.Staff ? DossierType.StaffFile : DossierType.PupilFile;

    public static DossierType FileOf(PersonKind kind) => kind == PersonKind.Staff ? DossierType.StaffFile : DossierType.PupilFile;

    /// <summary>The ladder a case follows before anyone is named as its subject: staff for a staff breach, else the pupils'.</summary>
    public static CaseSubject DefaultSubject(IncidentCategory category) =>
        category == IncidentCategory.StaffBreach ? CaseSubject.Staff : CaseSubject.Pupil;

    /// <summary>The receipt number a reporter keeps ("2026-0042"): the year of the report and the case's id.</summary>
    public static string Number(int id, DateTimeOffset createdAt) =>
        string.Create(CultureInfo.InvariantCulture, $"{createdAt.Year}-{id:D4}");

    /// <summary>How a case is named in a dossier: "Melding 2026-0042 (cyberpesten)".</summary>
    public static string CaseName(int id, DateTimeOffset createdAt, IncidentCategory category) =>
        $"Melding {Number(id, createdAt)} ({category.Label()})";
}
