using System.Globalization;
using CsvHelper;

namespace Deelwijs.Core.Rosters;

/// <summary>
/// Reads a roster CSV export (see CHECK-CONTRACT.md "Roster CSV") all-or-nothing: either every row is read,
/// or a <see cref="RosterFormatException"/> lists every problem with its line and column.
/// </summary>
public static class RosterCsvReader
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "dd-MM-yyyy", "d-M-yyyy"];

    /// <param name="stream">The file's bytes; UTF-8 (with or without BOM) or Windows-1252.</param>
    /// <param name="source">The name shown in problems, such as the file name.</param>
    public static Roster Read(Stream stream, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
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
            throw new RosterFormatException([new RosterProblem(source, 1, null, "het bestand is leeg; de eerste regel moet de kolomnamen bevatten (soort, voornaam, tussenvoegsel, achternaam, ...)")]);
        }

        var columns = RosterColumns.Find(header);
        var missing = columns.Missing().ToList();
        if (missing.Count > 0)
        {
            var names = string.Join(", ", missing.Select(m => $"'{m}'"));
            throw new RosterFormatException([new RosterProblem(source, 1, null,
                $"de kolom {names} ontbreekt; de eerste regel moet minstens de kolommen 'soort', 'voornaam' en 'achternaam' bevatten")]);
        }

        var people = new List<Person>();
        while (csv.Read())
        {
            var row = new RosterRow(csv, columns, source, (int)csv.LineNumber, problems);
            if (row.IsEmpty)
            {
                continue;
            }

            if (row.ToPerson() is { } person)
            {
                people.Add(person);
            }
        }

        if (problems.Count > 0)
        {
            throw new RosterFormatException(problems);
        }

        return new Roster(people);
    }

    internal static DateOnly? ParseDate(string value, out bool valid)
    {
        valid = DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
        return valid ? date : null;
    }
}
