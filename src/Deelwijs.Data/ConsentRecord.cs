using Deelwijs.Core.Consent;

namespace Deelwijs.Data;

/// <summary>
/// One choice about one person's images for one purpose and school year, as given and recorded; the history is
/// append-only (a withdrawal is a new record), and records only go with their person when the roster drops them.
/// </summary>
public sealed class ConsentRecord
{
    public int Id { get; set; }

    public int SchoolId { get; set; }

    public School? School { get; set; }

    public int PersonId { get; set; }

    public SchoolPerson? Person { get; set; }

    /// <summary>The purpose's code (<see cref="ConsentPurposeSetting.Code"/>).</summary>
    public required string Purpose { get; set; }

    public bool Granted { get; set; }

    public SchoolYear SchoolYear { get; set; }

    /// <summary>The day the choice was made (the date on a paper form), which decides who could make it.</summary>
    public DateOnly GivenOn { get; set; }

    public ConsentGiver GivenBy { get; set; }

    public ConsentMethod Method { get; set; }

    /// <summary>The account that entered the choice (the parent in the portal, the office for a form or an import).</summary>
    public string? RecordedByUserId { get; set; }

    public DeelwijsUser? RecordedBy { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
