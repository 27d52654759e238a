namespace Deelwijs.Cli.Checking;

/// <summary>The Dutch line on standard error after a batch with lines that could not be checked.</summary>
internal static class BatchSummaryText
{
    // Enough to find the lines of a small mistake; a broken export names its first lines and the count.
    private const int ListedLines = 10;

    public static string Describe(BatchSummary summary)
    {
        var errors = summary.ErrorLines;
        var read = summary.Lines == 1 ? "1 bericht gelezen" : $"{summary.Lines} berichten gelezen";
        var failed = errors.Count == 1 ? "1 kon" : $"{errors.Count} konden";
        return $"{read}; {failed} niet gecontroleerd worden, zie \"error\" in de uitvoer bij {Where(errors)}.";
    }

    private static string Where(IReadOnlyList<int> lines)
    {
        if (lines.Count == 1)
        {
            return $"regel {lines[0]}";
        }

        var listed = lines.Take(ListedLines).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return lines.Count > ListedLines
            ? $"regels {string.Join(", ", listed)} en nog {lines.Count - ListedLines}"
            : $"regels {string.Join(", ", listed[..^1])} en {listed[^1]}";
    }
}
