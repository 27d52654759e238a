namespace Deelwijs.Data;

/// <summary>
/// One item in a pupil's or staff member's file: a step or document of a case, with the case it came from. Kept until the
/// retention period after the person left the school (<see cref="ExpiresAt"/>, set by the retention job).
/// </summary>
public sealed class DossierEntry
{
    public const int TitleLength = 300;
    public const int TextLength = 6000;

    public int Id { get; set; }

    public int SchoolId { get; set; }

    public School? School { get; set; }

    /// <summary>The person on the roster; null once the roster dropped them (the entry stays until it expires).</summary>
    public int? PersonId { get; set; }

    public SchoolPerson? Person { get; set; }

    /// <summary>The person's full name when the entry was filed.</summary>
    public required string PersonName { get; set; }

    public DossierType Type { get; set; }

    public int? IncidentId { get; set; }

    public Incident? Incident { get; set; }

    public int? IncidentStepId { get; set; }

    public IncidentStep? Step { get; set; }

    public int? IncidentDocumentId { get; set; }

    public IncidentDocument? Document { get; set; }

    /// <summary>From a case only the vertrouwenspersoon may see: only they see this entry.</summary>
    public bool ConfidantOnly { get; set; }

    /// <summary>The day it happened (the step's date, the day a document came in).</summary>
    public DateOnly Date { get; set; }

    public required string Title { get; set; }

    public string? Text { get; set; }

    public string? CreatedByUserId { get; set; }

    public DeelwijsUser? CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }
}
