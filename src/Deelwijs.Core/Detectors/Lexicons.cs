using System.Reflection;

namespace Deelwijs.Core.Detectors;

/// <summary>Reads the tab-separated word lists that ship as embedded resources next to each detector.</summary>
internal static class Lexicons
{
    private static readonly Assembly Assembly = typeof(Lexicons).Assembly;

    /// <summary>The rows of <c>Detectors/&lt;folder&gt;/&lt;name&gt;.tsv</c>, split on tabs, without blank and '#' comment lines.</summary>
    public static IEnumerable<string[]> Read(string folderAndName)
    {
        var resource = $"Deelwijs.Lexicons.{folderAndName.Replace('\\', '/')}.tsv";
        using var stream = Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Lexicon resource '{resource}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            rows.Add(trimmed.Split('\t', StringSplitOptions.TrimEntries));
        }

        return rows;
    }
}
