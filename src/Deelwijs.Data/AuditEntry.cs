namespace Deelwijs.Data;

/// <summary>
/// Who viewed or changed which case or dossier, when, and what. Append-only: <see cref="DeelwijsDbContext"/> refuses to
/// change or delete an entry; only the retention job removes entries past the audit log's period.
/// </summary>
public sealed class AuditEntry
{
    public const int NameLength = 300;
    public const int DetailLength = 1000;

    public long Id { get; set; }

    public int SchoolId { get; set; }

    public School? School { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The account; no foreign key, so the log outlives the account. Null for Deelwijs itself or an API key.</summary>
    public string? UserId { get; set; }

    /// <summary>Who it was, as people read it ("Bram Visser", "API-sleutel dw_ab12", "Deelwijs").</summary>
    public required string Actor { get; set; }

    public AuditAction Action { get; set; }

    /// <summary>The case; no foreign key, so the log outlives the case.</summary>
    public int? IncidentId { get; set; }

    /// <summary>The person whose dossier it is about; no foreign key.</summary>
    public int? PersonId { get; set; }

    /// <summary>What exactly, in Dutch.</summary>
    public required string Detail { get; set; }
}
