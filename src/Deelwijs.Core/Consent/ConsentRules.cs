using Deelwijs.Core.Rosters;

namespace Deelwijs.Core.Consent;

/// <summary>
/// Who decides about a person's images (AVG art. 8 as the Dutch UAVG applies it: parents until 16, the pupil from 16),
/// judged by the age on the day the choice is made.
/// </summary>
public static class ConsentRules
{
    public const int AgeOfConsent = 16;

    /// <summary>Who may give or withdraw consent for this person on this day.</summary>
    public static ConsentGiver WhoDecides(Person person, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (person.Kind != PersonKind.Pupil)
        {
            return ConsentGiver.Self;
        }

        return person.BirthDate is { } birth && AgeOn(birth, on) >= AgeOfConsent ? ConsentGiver.Pupil : ConsentGiver.Parent;
    }

    /// <summary>Null when <paramref name="giver"/> may decide for this person on this day, else the reason in Dutch.</summary>
    public static string? Problem(Person person, ConsentGiver giver, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(person);
        var decider = WhoDecides(person, on);
        if (decider == giver || (decider == ConsentGiver.Pupil && giver == ConsentGiver.Self))
        {
            return null;
        }

        return decider switch
        {
            ConsentGiver.Self => $"{person.FullName} beslist zelf over eigen beeld; de toestemming moet 'zelf' gegeven zijn",
            ConsentGiver.Pupil => $"{person.FullName} was op {on:dd-MM-yyyy} al {AgeOfConsent} jaar of ouder en beslist dan zelf; de toestemming moet door de leerling gegeven zijn",
            _ when person.BirthDate is null => $"de geboortedatum van {person.FullName} staat niet in de leerlingenlijst, dus de ouders beslissen; de toestemming moet door een ouder gegeven zijn",
            _ => $"{person.FullName} was op {on:dd-MM-yyyy} jonger dan {AgeOfConsent}; dan beslissen de ouders of verzorgers",
        };
    }

    public static int AgeOn(DateOnly birth, DateOnly on)
    {
        var age = on.Year - birth.Year;
        return on < birth.AddYears(age) ? age - 1 : age;
    }
}
