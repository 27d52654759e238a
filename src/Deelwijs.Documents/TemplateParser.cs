using System.Globalization;

namespace Deelwijs.Documents;

/// <summary>Reads a letter template into paragraphs of lines, each a list of text and fields, and names every problem by line.</summary>
internal static class TemplateParser
{
    /// <summary>Literal text (<paramref name="Field"/> null) or a field, in bold or not.</summary>
    public sealed record Part(string Text, string? Field, bool Bold, int Column);

    public sealed record Line(int Number, bool Bullet, IReadOnlyList<Part> Parts);

    /// <summary>Lines between blank lines; each line of a paragraph starts on a new line in the letter.</summary>
    public sealed record Paragraph(IReadOnlyList<Line> Lines);

    public sealed record Result(IReadOnlyList<Paragraph> Paragraphs, IReadOnlyList<TemplateProblem> Problems);

    public static Result Parse(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var paragraphs = new List<Paragraph>();
        var problems = new List<TemplateProblem>();
        var current = new List<Line>();
        var rawLines = body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < rawLines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(rawLines[i]))
            {
                Close(current, paragraphs);
                continue;
            }

            current.Add(ParseLine(rawLines[i], i + 1, problems));
        }

        Close(current, paragraphs);
        return new Result(paragraphs, problems);
    }

    private static void Close(List<Line> current, List<Paragraph> paragraphs)
    {
        if (current.Count > 0)
        {
            paragraphs.Add(new Paragraph(current.ToList()));
            current.Clear();
        }
    }

    private static Line ParseLine(string raw, int number, List<TemplateProblem> problems)
    {
        var text = raw.TrimEnd();
        var start = text.Length - text.TrimStart().Length;
        var bullet = text.AsSpan(start).StartsWith("- ", StringComparison.Ordinal);
        var position = bullet ? start + 2 : start;

        var parts = new List<Part>();
        var bold = false;
        var boldOpenedAt = 0;
        var literalStart = position;
        while (position < text.Length)
        {
            if (text.AsSpan(position).StartsWith("**", StringComparison.Ordinal))
            {
                AddLiteral(parts, text, literalStart, position, bold);
                bold = !bold;
                boldOpenedAt = position + 1;
                position += 2;
                literalStart = position;
            }
            else if (text.AsSpan(position).StartsWith("{{", StringComparison.Ordinal))
            {
                AddLiteral(parts, text, literalStart, position, bold);
                var end = text.IndexOf("}}", position + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    problems.Add(new TemplateProblem(number, position + 1, null,
                        $"Op regel {N(number)} staat {{{{ zonder }}}} erna. Maak het invulveld af of haal de accolades weg."));
                    literalStart = position;
                    break;
                }

                var name = text[(position + 2)..end].Trim();
                if (!Placeholders.IsKnown(name))
                {
                    problems.Add(new TemplateProblem(number, position + 1, name, Unknown(name, number)));
                }

                parts.Add(new Part("", name, bold, position + 1));
                position = end + 2;
                literalStart = position;
            }
            else
            {
                position++;
            }
        }

        AddLiteral(parts, text, literalStart, text.Length, bold);
        if (bold)
        {
            problems.Add(new TemplateProblem(number, boldOpenedAt, null,
                $"Op regel {N(number)} begint vetgedrukte tekst met ** maar die wordt op die regel niet afgesloten met **."));
        }

        return new Line(number, bullet, parts);
    }

    private static void AddLiteral(List<Part> parts, string text, int from, int to, bool bold)
    {
        if (to > from)
        {
            parts.Add(new Part(text[from..to], null, bold, from + 1));
        }
    }

    private static string Unknown(string name, int line)
    {
        var where = name.Length == 0
            ? $"Op regel {N(line)} staat een leeg invulveld {{{{}}}}."
            : $"Op regel {N(line)} staat het onbekende invulveld {{{{{name}}}}}.";
        var closest = Placeholders.All.MinBy(p => Distance(p.Name, name))!;
        return name.Length > 0 && Distance(closest.Name, name) <= 2
            ? $"{where} Bedoel je {closest.Token}?"
            : $"{where} Kies uit: {string.Join(", ", Placeholders.All.Select(p => p.Token))}.";
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    // Levenshtein distance, for "did you mean"; the names are short.
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
