using Deelwijs.Core.Checks;

namespace Deelwijs.Web.Checks;

/// <summary>Splits a checked text into plain and marked pieces; overlapping findings become one marked piece.</summary>
public static class MarkedText
{
    /// <param name="text">The text that was checked.</param>
    /// <param name="findings">The findings in result order; a piece names the 1-based numbers of its findings.</param>
    public static IReadOnlyList<TextPiece> Split(string text, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(findings);
        var spans = findings
            .Select((f, i) => (Number: i + 1, Start: f.Start ?? -1, End: (f.Start ?? -1) + (f.Length ?? 0)))
            .Where(s => s.Start >= 0 && s.End > s.Start && s.End <= text.Length)
            .OrderBy(s => s.Start)
            .ToList();
        var pieces = new List<TextPiece>();
        var position = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            var start = Math.Max(spans[i].Start, position);
            var end = spans[i].End;
            List<int> numbers = [spans[i].Number];
            while (i + 1 < spans.Count && spans[i + 1].Start < end)
            {
                end = Math.Max(end, spans[++i].End);
                numbers.Add(spans[i].Number);
            }

            if (end <= start)
            {
                continue;
            }

            if (start > position)
            {
                pieces.Add(new TextPiece(text[position..start], []));
            }

            numbers.Sort();
            pieces.Add(new TextPiece(text[start..end], numbers));
            position = end;
        }

        if (position < text.Length)
        {
            pieces.Add(new TextPiece(text[position..], []));
        }

        return pieces;
    }
}

/// <summary>A piece of the checked text; marked when it belongs to one or more findings (their 1-based numbers).</summary>
public sealed record TextPiece(string Text, IReadOnlyList<int> Findings)
{
    public bool IsMarked => Findings.Count > 0;
}
