using Deelwijs.Core.Checks;

namespace Deelwijs.Data;

/// <summary>
/// A role of a user at one school, or at a board (then <see cref="SchoolId"/> is null and the role holds at
/// every school of the board).
/// </summary>
public sealed class Membership
{
    public int Id { get; set; }

    public required string UserId { get; set; }

    public DeelwijsUser? User { get; set; }

    public int? SchoolId { get; set; }

    public School? School { get; set; }

    public int? BoardId { get; set; }

    public Board? Board { get; set; }

    /// <summary>Stored as the PRODUCT.md role code ("staff", "privacy-officer", ...).</summary>
    public Role Role { get; set; }

    /// <summary>The person's function in their own words, such as "leerkracht groep 6".</summary>
    public string? Function { get; set; }

    /// <summary>Who this account is on the school's roster (a pupil's account is that pupil), for their own image consent.</summary>
    public int? PersonId { get; set; }

    public SchoolPerson? Person { get; set; }
}
