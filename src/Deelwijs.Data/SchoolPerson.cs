using Deelwijs.Core.Rosters;

namespace Deelwijs.Data;

/// <summary>One person on a school's roster (pupil, staff member or parent), as imported from the administration's CSV.</summary>
public sealed class SchoolPerson
{
    public int Id { get; set; }

    public int SchoolId { get; set; }

    public School? School { get; set; }

    public PersonKind Kind { get; set; }

    public required string FirstName { get; set; }

    public string? Tussenvoegsel { get; set; }

    public required string LastName { get; set; }

    public DateOnly? BirthDate { get; set; }

    public string? Group { get; set; }

    public string? Number { get; set; }

    public DateOnly? Left { get; set; }

    public static SchoolPerson From(int schoolId, Person person) => new()
    {
        SchoolId = schoolId,
        Kind = person.Kind,
        FirstName = person.FirstName,
        Tussenvoegsel = person.Tussenvoegsel,
        LastName = person.LastName,
        BirthDate = person.BirthDate,
        Group = person.Group,
        Number = person.Number,
        Left = person.Left,
    };

    /// <summary>Takes over what the roster now says about this person (a roster import that keeps the person and their consents).</summary>
    public void Update(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        Kind = person.Kind;
        FirstName = person.FirstName;
        Tussenvoegsel = person.Tussenvoegsel;
        LastName = person.LastName;
        BirthDate = person.BirthDate;
        Group = person.Group;
        Number = person.Number;
        Left = person.Left;
    }

    public Person ToPerson() => new(Kind, FirstName, Tussenvoegsel, LastName, BirthDate, Group, Number, Left);
}
