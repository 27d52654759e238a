namespace Deelwijs.Web.Pages.Melden;

/// <summary>What the report form sends: the category as its code, the story, where, who (roster ids and descriptions) and the confidant-only choice.</summary>
public sealed class ReportInput
{
    public string? Category { get; set; }

    public string? Description { get; set; }

    public string? Platform { get; set; }

    public string? Link { get; set; }

    /// <summary>People chosen from the school's roster.</summary>
    public List<int> People { get; set; } = [];

    /// <summary>Others, described in the reporter's own words, one per line.</summary>
    public string? Described { get; set; }

    public bool ConfidantOnly { get; set; }

    public IReadOnlyList<string> DescribedLines =>
        (Described ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
