namespace Deelwijs.Data;

/// <summary>A parent's or guardian's account linked to their child on the roster: they see and set the child's image consent until 16.</summary>
public sealed class Guardianship
{
    public int Id { get; set; }

    public required string UserId { get; set; }

    public DeelwijsUser? User { get; set; }

    public int PersonId { get; set; }

    public SchoolPerson? Person { get; set; }
}
