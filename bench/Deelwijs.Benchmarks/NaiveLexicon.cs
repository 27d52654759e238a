using System.Text;
using System.Text.RegularExpressions;
using Deelwijs.Core.Detectors;
using Deelwijs.Core.Rosters;

namespace Deelwijs.Benchmarks;

/// <summary>
/// The naive baseline: every term the engine looks for (all lexicon rows shipped in Deelwijs.Core plus every
/// full name of the roster) in one case-insensitive <see cref="Regex"/> alternation with word boundaries.
/// </summary>
internal static class NaiveLexicon
{
    private const string ResourcePrefix = "Deelwijs.Lexicons.";

    public static IReadOnlyList<string> Terms(Roster roster)
    {
        var terms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var resource in typeof(Lexicons).Assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !resource.EndsWith(".tsv", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var row in Lexicons.Read(resource[ResourcePrefix.Length..^".tsv".Length]))
            {
                // Frames with a placeholder ("werkzaam als {functie}") have no literal form; their parts are rows of their own.
                if (row[0].Length > 0 && !row[0].Contains('{', StringComparison.Ordinal))
                {
                    terms.Add(row[0]);
                }
            }
        }

        foreach (var person in roster.People)
        {
            terms.Add(person.FullName);
        }

        return [.. terms];
    }

    public static Regex Build(IReadOnlyList<string> terms, RegexOptions extra = RegexOptions.None)
    {
        var pattern = new StringBuilder(@"\b(?:");
        for (var i = 0; i < terms.Count; i++)
        {
            if (i > 0)
            {
                pattern.Append('|');
            }

            // A trailing '*' in a lexicon is a word prefix (Dutch compounds), as the engine reads it.
            var term = terms[i];
            pattern.Append(term.EndsWith('*') ? Regex.Escape(term[..^1]) + @"\w*" : Regex.Escape(term));
        }

        pattern.Append(@")\b");
        return new Regex(pattern.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | extra);
    }
}
