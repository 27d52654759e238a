using CsvHelper;

namespace Deelwijs.Core.Rosters;

/// <summary>One data row of a roster file; turns it into a <see cref="Person"/> or records what is wrong with it.</summary>
internal readonly ref struct RosterRow(CsvReader csv, RosterColumns columns, string source, int line, List<RosterProblem> problems)
{
    public bool IsEmpty
    {
        get
        {
            for (var i = 0; i < csv.FieldCount; i++)
            {
                if (!csv.IsEmpty(i))
                {
                    return false;
                }
            }

            return true;
        }
    }

    public Person? ToPerson()
    {
        var before = problems.Count;
        var kind = Kind();
        var firstName = Required(columns.FirstName, RosterColumns.FirstNameHeader);
        var lastName = Required(columns.LastName, RosterColumns.LastNameHeader);
        var birthDate = Date(columns.BirthDate, RosterColumns.BirthDateHeader);
        var left = Date(columns.Left, RosterColumns.LeftHeader);
        if (problems.Count > before || kind is null || firstName is null || lastName is null)
        {
            return null;
        }

        return new Person(kind.Value, firstName, Field(columns.Tussenvoegsel), lastName, birthDate,
            Field(columns.Group), Field(columns.Number), left);
    }

    private PersonKind? Kind()
    {
        var value = Field(columns.Kind);
        PersonKind? kind = value?.ToUpperInvariant() switch
        {
            "LEERLING" => PersonKind.Pupil,
            "MEDEWERKER" => PersonKind.Staff,
            "OUDER" => PersonKind.Parent,
            _ => null,
        };
        if (kind is null)
        {
            Problem(RosterColumns.KindHeader, value is null
                ? "de soort ontbreekt (gebruik leerling, medewerker of ouder)"
                : $"'{value}' is geen bekende soort (gebruik leerling, medewerker of ouder)");
        }

        return kind;
    }

    private string? Required(int column, string header)
    {
        var value = Field(column);
        if (value is null)
        {
            Problem(header, $"de {header} ontbreekt");
        }

        return value;
    }

    private DateOnly? Date(int column, string header)
    {
        if (Field(column) is not { } value)
        {
            return null;
        }

        var date = RosterCsvReader.ParseDate(value, out var valid);
        if (!valid)
        {
            Problem(header, $"'{value}' is geen geldige datum (gebruik jjjj-mm-dd of dd-mm-jjjj)");
        }

        return date;
    }

    private string? Field(int column)
    {
        if (column < 0 || column >= csv.FieldCount)
        {
            return null;
        }

        var value = csv.GetString(column).Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private void Problem(string column, string message) => problems.Add(new RosterProblem(source, line, column, message));
}
