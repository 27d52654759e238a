using Deelwijs.Core.Consent;

namespace Deelwijs.Web.Consent;

/// <summary>A person's current choice for one purpose and school year: the latest record, and when and by whom it was made.</summary>
public sealed record CurrentChoice(int PersonId, string Purpose, bool Granted, DateOnly GivenOn, ConsentGiver GivenBy, ConsentMethod Method)
{
    public ConsentAnswer Answer => Granted ? ConsentAnswer.Given : ConsentAnswer.Refused;
}

/// <summary>The current choices of some people for one school year, by person and purpose; what is missing is no answer (no consent).</summary>
public sealed class CurrentChoices(SchoolYear year, IReadOnlyDictionary<(int PersonId, string Purpose), CurrentChoice> choices)
{
    public SchoolYear Year { get; } = year;

    public IEnumerable<CurrentChoice> All => choices.Values;

    public CurrentChoice? Of(int personId, string purpose) => choices.GetValueOrDefault((personId, purpose));

    public ConsentAnswer Answer(int personId, string purpose) => Of(personId, purpose)?.Answer ?? ConsentAnswer.NoAnswer;
}
