using Deelwijs.Core.Text;

namespace Deelwijs.Core.Detectors.Language;

/// <summary>Collects the roles a phrase gets from the lexicon files (a phrase may be listed in several).</summary>
internal sealed class LexEntryBuilder
{
    public LexRole Roles { get; set; }

    public WordKind Kind { get; set; }

    public LexCondition Conditions { get; set; }

    public LexEntry ToEntry(string phrase) =>
        new(Roles, Kind, Conditions, phrase.EndsWith('*') ? phrase.Length - 1 : 0);

    public static LexEntryBuilder Get(Dictionary<string, LexEntryBuilder> builders, string phrase)
    {
        var key = CharFolding.Fold(phrase.Trim());
        if (!builders.TryGetValue(key, out var b))
        {
            builders[key] = b = new LexEntryBuilder();
        }

        return b;
    }

    /// <summary>The conditions listed, comma-separated, in a lexicon row's column.</summary>
    public static LexCondition ParseConditions(string[] row, int column)
    {
        var result = LexCondition.None;
        if (row.Length <= column)
        {
            return result;
        }

        foreach (var name in row[column].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            result |= Enum.Parse<LexCondition>(name.Replace("-", "", StringComparison.Ordinal), ignoreCase: true);
        }

        return result;
    }
}
