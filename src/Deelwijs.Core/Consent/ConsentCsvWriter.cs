using System.Globalization;
using CsvHelper;

namespace Deelwijs.Core.Consent;

/// <summary>Writes consent decisions in the same format <see cref="ConsentCsvReader"/> reads, for Excel (';', UTF-8 with BOM).</summary>
public static class ConsentCsvWriter
{
    public static void Write(Stream stream, IEnumerable<ConsentDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        var options = new CsvWriterOptions
        {
            Separator = ';',
            WriteByteOrderMark = true,

            // Names come from parents' forms; a name starting with '=' must not become a formula in Excel.
            Injection = CsvInjection.Escape,
        };
        using var csv = CsvWriter.Create(stream, options, leaveOpen: true);
        csv.WriteHeader(ConsentColumns.Headers);
        foreach (var decision in decisions)
        {
            var person = decision.Person;
            csv.WriteRecord(
            [
                person.Number ?? string.Empty,
                person.FirstName,
                person.Tussenvoegsel ?? string.Empty,
                person.LastName,
                decision.Purpose,
                decision.Granted ? "ja" : "nee",
                decision.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Code(decision.GivenBy),
                decision.SchoolYear.ToString(),
            ]);
        }
    }

    public static string Code(ConsentGiver giver) => giver switch
    {
        ConsentGiver.Parent => "ouder",
        ConsentGiver.Pupil => "leerling",
        _ => "zelf",
    };
}
