using Deelwijs.Core.Consent;
using Deelwijs.Data;

namespace Deelwijs.Web.Consent;

/// <summary>How the signed-in account relates to a person whose image consent it sees: the person themselves, or their parent.</summary>
public enum ConsentRelation
{
    Self,
    Child,
}

/// <summary>
/// Someone whose choices an account may see on its own consent page, and whether it may change them today: as whom
/// (<see cref="DecidesAs"/>), or why not (<see cref="ReadOnlyReason"/>, Dutch).
/// </summary>
public sealed record ConsentSubject(SchoolPerson Person, ConsentRelation Relation, ConsentGiver? DecidesAs, string? ReadOnlyReason)
{
    public bool CanDecide => DecidesAs is not null;

    /// <summary>Who decides on <paramref name="today"/> and what that means for this account (AVG: parents until 16, then the pupil).</summary>
    public static ConsentSubject For(SchoolPerson person, ConsentRelation relation, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(person);
        var decider = ConsentRules.WhoDecides(person.ToPerson(), today);
        return (relation, decider) switch
        {
            (ConsentRelation.Self, ConsentGiver.Parent) => new(person, relation, null, "Je ouders beslissen tot je 16 bent. Je ziet hier wat zij hebben gekozen."),
            (ConsentRelation.Self, _) => new(person, relation, decider, null),
            (ConsentRelation.Child, ConsentGiver.Parent) => new(person, relation, ConsentGiver.Parent, null),
            (ConsentRelation.Child, ConsentGiver.Pupil) => new(person, relation, null, "Vanaf 16 beslist je kind zelf. Je ziet hier wat je kind heeft gekozen."),
            _ => new(person, relation, null, $"{person.ToPerson().FullName} beslist zelf over eigen foto's en filmpjes."),
        };
    }
}
