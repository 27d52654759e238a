using System.ComponentModel.DataAnnotations;
using Deelwijs.Data;

namespace Deelwijs.Web.Incidents;

/// <summary>Settings of cases and dossiers (section Deelwijs:Incidents): how long files and the audit log are kept.</summary>
public sealed class IncidentOptions
{
    public const string Section = "Deelwijs:Incidents";

    /// <summary>Years a pupil's file (leerlingdossier) is kept after the pupil left the school.</summary>
    [Range(1, 100)]
    public int PupilFileYears { get; set; } = 2;

    /// <summary>Years a staff member's file (personeelsdossier) is kept after they left.</summary>
    [Range(1, 100)]
    public int StaffFileYears { get; set; } = 2;

    /// <summary>Years the audit log keeps who viewed or changed a case or dossier; longer than the files, so a person can still ask who saw theirs.</summary>
    [Range(1, 100)]
    public int AuditLogYears { get; set; } = 5;

    /// <summary>How often the retention job runs: daily.</summary>
    [Range(1, 10080)]
    public int RetentionIntervalMinutes { get; set; } = 24 * 60;

    public int Years(DossierType type) => type == DossierType.StaffFile ? StaffFileYears : PupilFileYears;
}
