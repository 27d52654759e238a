using System.Globalization;

namespace Deelwijs.Documents;

/// <summary>Fills a letter template with the values of one case and lays it out as an A4 PDF under the school's letterhead.</summary>
public static class LetterRenderer
{
    private static readonly TextStyle Body = new(10.5, TextStyle.Ink);
    private static readonly TextStyle SchoolName = new(15, TextStyle.Ink, 1.3);
    private static readonly TextStyle HeadLines = new(8.5, TextStyle.Muted);

    /// <summary>Problems in the template itself (unknown fields, unclosed ** or {{), for checking a school's edit before it is saved.</summary>
    public static IReadOnlyList<TemplateProblem> Check(LetterTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return TemplateParser.Parse(template.Body).Problems;
    }

    /// <summary>The known fields the template uses, each once, in order of first use: what a form must ask for.</summary>
    public static IReadOnlyList<string> Fields(LetterTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return TemplateParser.Parse(template.Body).Paragraphs
            .SelectMany(p => p.Lines).SelectMany(l => l.Parts)
            .Select(p => p.Field).OfType<string>().Where(Placeholders.IsKnown)
            .Distinct(StringComparer.Ordinal).ToList();
    }

    /// <param name="values">A value per field name without braces (<c>leerling</c>); <c>school</c> defaults to the letterhead's name.</param>
    /// <returns>The PDF file.</returns>
    /// <exception cref="LetterTemplateException">The template has an unknown field or a layout error, or a field it uses has no value.</exception>
    public static byte[] Render(LetterTemplate template, IReadOnlyDictionary<string, string> values, Letterhead letterhead)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(letterhead);

        var parsed = TemplateParser.Parse(template.Body);
        if (parsed.Problems.Count > 0)
        {
            throw new LetterTemplateException(parsed.Problems);
        }

        var filled = new Dictionary<string, string>(values, StringComparer.Ordinal);
        if (!filled.TryGetValue(Placeholders.School, out var school) || string.IsNullOrWhiteSpace(school))
        {
            filled[Placeholders.School] = letterhead.SchoolName;
        }

        var missing = MissingValues(parsed, filled);
        if (missing.Count > 0)
        {
            throw new LetterTemplateException(missing);
        }

        using var document = PdfFiles.Create(template.Title, letterhead.SchoolName);
        using (var flow = new PageFlow(document, PageMargins.Letter))
        {
            WriteLetterhead(flow, letterhead);
            foreach (var paragraph in parsed.Paragraphs)
            {
                foreach (var line in paragraph.Lines)
                {
                    var runs = line.Parts.Select(p => new TextRun(p.Field is null ? p.Text : filled[p.Field], p.Bold)).ToList();
                    flow.Write(runs, Body, bullet: line.Bullet);
                }

                flow.Gap(Body.LineHeight * 0.6);
            }
        }

        if (document.PageCount > 1)
        {
            PageNumbers.Stamp(document, PageMargins.Letter);
        }

        return PdfFiles.ToBytes(document);
    }

    private static void WriteLetterhead(PageFlow flow, Letterhead letterhead)
    {
        flow.Write(TextRun.Strong(letterhead.SchoolName), SchoolName);
        foreach (var line in letterhead.Lines.Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            flow.Write(TextRun.Plain(line), HeadLines);
        }

        flow.Gap(6);
        flow.Rule(TextStyle.Muted);
        flow.Gap(30);
    }

    private static List<TemplateProblem> MissingValues(TemplateParser.Result parsed, Dictionary<string, string> values)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<TemplateProblem>();
        foreach (var line in parsed.Paragraphs.SelectMany(p => p.Lines))
        {
            foreach (var part in line.Parts)
            {
                if (part.Field is { } field && (!values.TryGetValue(field, out var value) || string.IsNullOrWhiteSpace(value)) && reported.Add(field))
                {
                    var number = line.Number.ToString(CultureInfo.InvariantCulture);
                    problems.Add(new TemplateProblem(line.Number, part.Column, field,
                        $"Het invulveld {{{{{field}}}}} op regel {number} heeft geen waarde. Vul het in of haal het uit de brief."));
                }
            }
        }

        return problems;
    }
}
