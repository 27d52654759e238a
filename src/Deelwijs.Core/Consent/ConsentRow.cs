using CsvHelper;
using Deelwijs.Core.Rosters;

namespace Deelwijs.Core.Consent;

/// <summary>One data row of a consent file; turns it into a <see cref="ConsentDecision"/> or records what is wrong with it.</summary>
internal readonly ref struct ConsentRow(
    CsvReader csv, ConsentColumns columns, RosterLookup roster, IReadOnlyCollection<string> purposes, string source, int line, List<RosterProblem> problems)
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

    public ConsentDecision? ToDecision()
    {
        var before = problems.Count;
        var person = FindPerson();
        var purpose = Purpose();
        var granted = Granted();
        var date = Date();
        var givenBy = GivenBy();
        var year = Year(date);
        if (problems.Count > before || person is null || purpose is null || granted is null || date is null || givenBy is null || year is null)
        {
            return null;
        }

        if (ConsentRules.Problem(person, givenBy.Value, date.Value) is { } problem)
        {
            Problem(ConsentColumns.GivenByHeader, problem);
            return null;
        }

        return new ConsentDecision(person, purpose, granted.Value, date.Value, givenBy.Value, year.Value);
    }

    private Person? FindPerson()
    {
        if (Field(columns.Number) is { } number)
        {
            return Single(roster.ByNumber(number), ConsentColumns.NumberHeader, $"nummer {number}");
        }

        var first = Field(columns.FirstName);
        var last = Field(columns.LastName);
        if (first is null || last is null)
        {
            Problem(first is null ? ConsentColumns.FirstNameHeader : ConsentColumns.LastNameHeader,
                "vul het nummer in, of de voornaam en de achternaam, zodat Deelwijs weet over wie deze regel gaat");
            return null;
        }

        var name = string.Join(' ', new[] { first, Field(columns.Tussenvoegsel), last }.Where(p => p is not null));
        return Single(roster.ByName(name), ConsentColumns.LastNameHeader, name);
    }

    private Person? Single(IReadOnlyList<Person> people, string column, string who)
    {
        switch (people.Count)
        {
            case 1:
                return people[0];
            case 0:
                Problem(column, $"{who} staat niet in de leerlingenlijst van de school; lees eerst de leerlingenlijst in");
                return null;
            default:
                Problem(column, $"er staan {people.Count} mensen met {who} in de leerlingenlijst; gebruik de kolom 'nummer' om te zeggen wie het is");
                return null;
        }
    }

    private string? Purpose()
    {
        var value = Field(columns.Purpose);
        if (value is not null && purposes.FirstOrDefault(p => string.Equals(p, value, StringComparison.OrdinalIgnoreCase)) is { } code)
        {
            return code;
        }

        var known = string.Join(", ", purposes);
        Problem(ConsentColumns.PurposeHeader, value is null
            ? $"het doel ontbreekt (bekende doelen: {known})"
            : $"'{value}' is geen doel van deze school (bekende doelen: {known})");
        return null;
    }

    private bool? Granted()
    {
        var value = Field(columns.Granted);
        bool? granted = value?.ToUpperInvariant() switch
        {
            "JA" or "J" => true,
            "NEE" or "N" => false,
            _ => null,
        };
        if (granted is null)
        {
            Problem(ConsentColumns.GrantedHeader, value is null ? "vul 'ja' of 'nee' in" : $"'{value}' is geen antwoord; vul 'ja' of 'nee' in");
        }

        return granted;
    }

    private DateOnly? Date()
    {
        if (Field(columns.Date) is not { } value)
        {
            Problem(ConsentColumns.DateHeader, "de datum waarop de keuze is gemaakt ontbreekt");
            return null;
        }

        var date = RosterCsvReader.ParseDate(value, out var valid);
        if (!valid)
        {
            Problem(ConsentColumns.DateHeader, $"'{value}' is geen geldige datum (gebruik jjjj-mm-dd of dd-mm-jjjj)");
        }

        return date;
    }

    private ConsentGiver? GivenBy()
    {
        var value = Field(columns.GivenBy);
        ConsentGiver? giver = value?.ToUpperInvariant() switch
        {
            "OUDER" or "VERZORGER" => ConsentGiver.Parent,
            "LEERLING" => ConsentGiver.Pupil,
            "ZELF" => ConsentGiver.Self,
            _ => null,
        };
        if (giver is null)
        {
            Problem(ConsentColumns.GivenByHeader, value is null
                ? "vul in wie de keuze maakte: ouder, leerling of zelf"
                : $"'{value}' is onbekend; vul ouder, leerling of zelf in");
        }

        return giver;
    }

    private SchoolYear? Year(DateOnly? date)
    {
        if (Field(columns.SchoolYear) is { } value)
        {
            if (SchoolYear.TryParse(value, out var year))
            {
                return year;
            }

            Problem(ConsentColumns.SchoolYearHeader, $"'{value}' is geen schooljaar (schrijf het als 2026-2027)");
            return null;
        }

        return date is { } day ? SchoolYear.Of(day) : null;
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
