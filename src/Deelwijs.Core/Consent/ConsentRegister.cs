using Deelwijs.Core.Rosters;

namespace Deelwijs.Core.Consent;

/// <summary>
/// The current choices of the people a check needs, for one school year: the latest decision per person and purpose
/// counts (a withdrawal after a consent wins), and no decision means no consent.
/// </summary>
public sealed class ConsentRegister
{
    private readonly Dictionary<(Person, string), ConsentAnswer> answers;

    public ConsentRegister(IEnumerable<ConsentDecision> decisions, SchoolYear year, IReadOnlyList<ConsentPurpose>? purposes = null)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        Year = year;
        Purposes = purposes ?? ConsentPurposes.Defaults;
        answers = [];

        // Ordered by day; a later line on the same day (a withdrawal typed in after the form) wins.
        foreach (var decision in decisions.Where(d => d.SchoolYear == year).OrderBy(d => d.Date))
        {
            answers[(decision.Person, decision.Purpose)] = decision.Granted ? ConsentAnswer.Given : ConsentAnswer.Refused;
        }
    }

    public static ConsentRegister Empty { get; } = new([], default);

    public SchoolYear Year { get; }

    /// <summary>False for <see cref="Empty"/>: nobody's choices were looked up, for no school year in particular.</summary>
    public bool HasYear => Year.StartYear > 0;

    public IReadOnlyList<ConsentPurpose> Purposes { get; }

    public ConsentAnswer Answer(Person person, string purpose) =>
        answers.TryGetValue((person, purpose), out var answer) ? answer : ConsentAnswer.NoAnswer;

    /// <summary>The purpose's name as parents read it ("Website"), or its code when the school does not know it.</summary>
    public string NameOf(string purpose) =>
        Purposes.FirstOrDefault(p => string.Equals(p.Code, purpose, StringComparison.Ordinal))?.Name ?? purpose;
}
