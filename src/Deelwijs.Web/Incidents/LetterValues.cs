using Deelwijs.Documents;

namespace Deelwijs.Web.Incidents;

/// <summary>The first values of a letter's fields, from what the case knows; the handler changes them and fills in the rest.</summary>
public static class LetterValues
{
    public static Dictionary<string, string?> From(LetterFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [Placeholders.Leerling] = facts.Pupil,
            [Placeholders.Ouders] = facts.Parents,
            [Placeholders.Medewerker] = facts.StaffMember,
            [Placeholders.School] = facts.School,
            [Placeholders.Datum] = DutchDates.Short(facts.Date),
            [Placeholders.Maatregel] = facts.Measure,
            [Placeholders.Reden] = facts.Reason,
            [Placeholders.Ondertekenaar] = facts.Signatory,
            [Placeholders.Functie] = facts.Function,
        };
    }

    /// <summary>The values a letter is made with: the fields it uses, trimmed, without the empty ones (the renderer names those).</summary>
    public static Dictionary<string, string> ForRendering(IReadOnlyList<string> fields, IReadOnlyDictionary<string, string?> entered)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(entered);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (entered.TryGetValue(field, out var value) && value?.Trim() is { Length: > 0 } text)
            {
                values[field] = text;
            }
        }

        return values;
    }
}
