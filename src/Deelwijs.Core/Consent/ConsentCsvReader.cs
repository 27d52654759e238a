using CsvHelper;
using Deelwijs.Core.Rosters;

namespace Deelwijs.Core.Consent;

/// <summary>
/// Reads a consent export of a school administration system (README "Toestemmingen inlezen") all-or-nothing: either every
/// decision, or a <see cref="ConsentFormatException"/> with every problem by line and column.
/// </summary>
public static class ConsentCsvReader
{
    /// <param name="stream">The file's bytes; UTF-8 (with or without BOM) or Windows-1252, ';' or ','.</param>
    /// <param name="source">The name shown in problems, such as the file name.</param>
    /// <param name="roster">The school's people; every line must name one of them.</param>
    /// <param name="purposes">The purpose codes the school uses.</param>
    public static IReadOnlyList<ConsentDecision> Read(Stream stream, string source, Roster roster, IReadOnlyCollection<string> purposes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(purposes);
        var text = RosterText.Decode(stream);
        var problems = new List<RosterProblem>();
        var options = new CsvReaderOptions
        {
            Separator = RosterText.DetectDelimiter(text),
            HasHeader = true,
            TrimWhitespace = true,
            TrackLineNumbers = true,
            OnMalformedRecord = record =>
            {
                if (record.Reason == CsvMalformedReason.UnterminatedQuote)
                {
                    problems.Add(new RosterProblem(source, (int)record.LineNumber, null,
                        "hier begint een waarde met een aanhalingsteken (\") dat nergens wordt gesloten; sluit het of haal het weg"));
                }
            },
        };

        using var csv = CsvReader.FromText(text, options);
        var header = csv.Headers;
        if (header.Count == 0 || header.All(string.IsNullOrWhiteSpace))
        {
            throw new ConsentFormatException([new RosterProblem(source, 1, null,
                "het bestand is leeg; de eerste regel moet de kolomnamen bevatten (nummer, doel, toestemming, datum, gegeven_door)")]);
        }

        var columns = ConsentColumns.Find(header);
        var missing = columns.Missing().ToList();
        if (missing.Count > 0)
        {
            throw new ConsentFormatException([new RosterProblem(source, 1, null,
                $"de kolom {string.Join(", ", missing)} ontbreekt in de eerste regel")]);
        }

        var lookup = new RosterLookup(roster);
        var decisions = new List<ConsentDecision>();
        while (csv.Read())
        {
            var row = new ConsentRow(csv, columns, lookup, purposes, source, (int)csv.LineNumber, problems);
            if (!row.IsEmpty && row.ToDecision() is { } decision)
            {
                decisions.Add(decision);
            }
        }

        if (problems.Count > 0)
        {
            throw new ConsentFormatException(problems);
        }

        return decisions;
    }
}
