using System.Text;
using Deelwijs.Core.Checks;
using Deelwijs.Core.Protocols;

namespace Deelwijs.Cli.Checking;

/// <summary>Writes a check result the way a teacher reads it: the verdict, the text with the problem words marked, and per finding what, why and how to fix it.</summary>
internal static class HumanReport
{
    public static void Write(TextWriter output, string text, CheckResult result, Protocol protocol, bool color)
    {
        var rules = protocol.Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        output.WriteLine(Emphasis(DutchLabels.Verdict(result.Verdict).ToUpperInvariant(), color));
        output.WriteLine(DutchLabels.VerdictExplanation(result.Verdict));
        output.WriteLine($"(getoetst aan: {protocol.Name}, versie {protocol.Version})");

        if (result.Findings.Any(f => f.Start is not null))
        {
            output.WriteLine();
            output.WriteLine(color ? "Je tekst, met de woorden waar het om gaat gemarkeerd:" : "Je tekst, met de woorden waar het om gaat tussen [[ en ]]:");
            output.WriteLine(Indent(Mark(text, result.Findings, color)));
        }

        var number = 0;
        foreach (var finding in result.Findings)
        {
            output.WriteLine();
            var excerpt = finding.Excerpt is null ? "" : $": \"{finding.Excerpt}\"";
            output.WriteLine($"{++number}. {DutchLabels.Kind(finding.Kind)}{excerpt} ({DutchLabels.Action(finding.Action)})");
            output.WriteLine($"   {finding.Message}");
            output.WriteLine($"   Wat kun je doen: {finding.Suggestion}");
            foreach (var ruleId in finding.Rules)
            {
                var summary = rules.TryGetValue(ruleId, out var rule) ? $": {rule.Summary}" : "";
                output.WriteLine($"   Artikel {ruleId}{summary}");
            }
        }

        if (result.Reminders.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Denk ook aan:");
            foreach (var reminder in result.Reminders)
            {
                output.WriteLine($"  - {reminder.Message} ({reminder.Rule})");
            }
        }
    }

    /// <summary>The text with every finding's words marked; overlapping spans are merged.</summary>
    internal static string Mark(string text, IEnumerable<Finding> findings, bool color)
    {
        var spans = findings.Where(f => f.Start is not null)
            .Select(f => (Start: f.Start!.Value, End: f.Start!.Value + f.Length!.Value))
            .OrderBy(s => s.Start)
            .ToList();
        var (open, close) = color ? ("\u001b[1;4;31m", "\u001b[0m") : ("[[", "]]");
        var marked = new StringBuilder(text.Length + (spans.Count * 4));
        var position = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            var (start, end) = spans[i];
            while (i + 1 < spans.Count && spans[i + 1].Start < end)
            {
                end = Math.Max(end, spans[++i].End);
            }

            start = Math.Max(start, position);
            marked.Append(text, position, start - position).Append(open).Append(text, start, end - start).Append(close);
            position = end;
        }

        return marked.Append(text, position, text.Length - position).ToString();
    }

    private static string Indent(string text) => "  " + text.ReplaceLineEndings(Environment.NewLine + "  ");

    private static string Emphasis(string text, bool color) => color ? $"\u001b[1m{text}\u001b[0m" : text;
}
