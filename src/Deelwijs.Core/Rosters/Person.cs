namespace Deelwijs.Core.Rosters;

/// <summary>A person of the school as the roster lists them.</summary>
public sealed record Person(
    PersonKind Kind,
    string FirstName,
    string? Tussenvoegsel,
    string LastName,
    DateOnly? BirthDate = null,
    string? Group = null,
    string? Number = null,
    DateOnly? Left = null)
{
    /// <summary>The name as Dutch people write it: first name, tussenvoegsel, last name.</summary>
    public string FullName => string.IsNullOrWhiteSpace(Tussenvoegsel)
        ? $"{FirstName} {LastName}"
        : $"{FirstName} {Tussenvoegsel} {LastName}";
}
