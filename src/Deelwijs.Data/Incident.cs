using Deelwijs.Core.Checks;
using Deelwijs.Core.Incidents;

namespace Deelwijs.Data;

/// <summary>
/// A report of something that went wrong online (cyberbullying, a threat, a staff member breaking the protocol) and the case
/// the school makes of it: who hears of it, who is involved, the facts, and the ladder steps taken until it is closed.
/// </summary>
public sealed class Incident
{
    public const int DescriptionLength = 4000;
    public const int PlatformLength = 100;
    public const int LinkLength = 500;

    public int Id { get; set; }

    public int SchoolId { get; set; }

    public School? School { get; set; }

    /// <summary>Who reported it; null for a report through the API (a school app) or an account removed since.</summary>
    public string? ReporterUserId { get; set; }

    public DeelwijsUser? Reporter { get; set; }

    /// <summary>The first characters of the API key a school app reported with; null for a report in the web app.</summary>
    public string? ApiKeyPrefix { get; set; }

    /// <summary>Stored as its API code ("cyberbullying").</summary>
    public IncidentCategory Category { get; set; }

    public required string Description { get; set; }

    /// <summary>Where it happened (Instagram, WhatsApp, ...), as the reporter wrote it.</summary>
    public string? Platform { get; set; }

    public string? Link { get; set; }

    /// <summary>Only the vertrouwenspersoon may see the case; not the director, not the board.</summary>
    public bool ConfidantOnly { get; set; }

    /// <summary>Who received the report (manager, director, confidant or board), from the protocol's routing.</summary>
    public Role RoutedTo { get; set; }

    public IncidentStatus Status { get; set; }

    /// <summary>Whose ladder the case follows; taken from the subject among the involved, else from the category.</summary>
    public CaseSubject Subject { get; set; }

    public bool Grensoverschrijdend { get; set; }

    public bool PossiblyCriminal { get; set; }

    /// <summary>School days the pupil is suspended; 0 when not suspended.</summary>
    public int SuspensionDays { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public string? ClosedByUserId { get; set; }

    public DeelwijsUser? ClosedBy { get; set; }

    /// <summary>When the retention job deletes the closed case: set once its subject has left the school.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }

    public List<IncidentPerson> People { get; set; } = [];

    public List<IncidentStep> Steps { get; set; } = [];

    public List<IncidentDocument> Documents { get; set; } = [];

    public CaseFacts Facts => new(Grensoverschrijdend, PossiblyCriminal, SuspensionDays);
}
