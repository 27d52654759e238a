using Deelwijs.Core.Incidents;

namespace Deelwijs.Data;

/// <summary>
/// Someone involved in a case: a person on the school's roster, or someone the reporter described; one of them can be the
/// subject, whose ladder the case follows and in whose dossier its steps are filed.
/// </summary>
public sealed class IncidentPerson
{
    public const int NameLength = 300;

    public int Id { get; set; }

    public int IncidentId { get; set; }

    public Incident? Incident { get; set; }

    /// <summary>The person on the roster; null for someone described, or when the roster dropped them.</summary>
    public int? PersonId { get; set; }

    public SchoolPerson? Person { get; set; }

    /// <summary>The full name as the roster wrote it at the time, or the reporter's description.</summary>
    public required string Name { get; set; }

    /// <summary>As what the subject is dealt with (pupil, parent, staff); null for everyone else involved.</summary>
    public CaseSubject? SubjectAs { get; set; }
}
