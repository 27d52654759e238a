namespace Deelwijs.Core.Rosters;

/// <summary>Made-up but realistic Dutch names, for demos, tests and benchmarks; the same seed gives the same roster.</summary>
public static class SyntheticRoster
{
    private static readonly string[] FirstNames =
    [
        "Sanne", "Daan", "Emma", "Noah", "Julia", "Sem", "Tess", "Lucas", "Mila", "Finn", "Zoë", "Levi", "Nora", "Milan",
        "Saar", "Jesse", "Anna", "Thijs", "Evi", "Bram", "Lotte", "Ruben", "Fleur", "Stijn", "Isa", "Gijs", "Femke", "Mees",
        "Yara", "Luuk", "Noor", "Sven", "Lieke", "Joep", "Amira", "Mohamed", "Fatima", "Youssef", "Ilse", "Koen", "Merel",
        "Wouter", "Esmee", "Jasper", "Maud", "Teun", "Iris", "Boaz", "Hanna", "Ayoub", "Liv", "Olivier", "Elif", "Mehmet",
    ];

    private static readonly (string? Tussenvoegsel, string LastName)[] LastNames =
    [
        (null, "Jansen"), ("de", "Vries"), ("van den", "Berg"), ("van", "Dijk"), ("", "Bakker"), (null, "Visser"),
        (null, "Smit"), (null, "Meijer"), ("de", "Boer"), (null, "Mulder"), ("de", "Groot"), (null, "Bos"), ("", "Vos"),
        (null, "Peters"), (null, "Hendriks"), ("van", "Leeuwen"), (null, "Dekker"), (null, "Brouwer"), ("de", "Wit"),
        (null, "Dijkstra"), (null, "Smits"), ("de", "Graaf"), ("van der", "Meer"), ("van der", "Linden"), (null, "Kok"),
        (null, "Jacobs"), ("de", "Haan"), (null, "Vermeulen"), ("van den", "Heuvel"), ("van der", "Veen"), ("van den", "Broek"),
        ("de", "Bruijn"), (null, "Schouten"), (null, "Willems"), ("van", "Beek"), (null, "Yilmaz"), (null, "El Amrani"),
        (null, "Kaya"), (null, "Hoekstra"), (null, "Koster"), ("van", "Wijk"), (null, "Prins"), (null, "Huisman"),
    ];

    public static Roster Generate(int count, int seed = 2026)
    {
        var random = new Random(seed);
        var people = new List<Person>(count);
        for (var i = 0; i < count; i++)
        {
            var (tussenvoegsel, lastName) = LastNames[random.Next(LastNames.Length)];
            var isPupil = i % 10 != 0;
            people.Add(new Person(
                isPupil ? PersonKind.Pupil : PersonKind.Staff,
                FirstNames[random.Next(FirstNames.Length)],
                string.IsNullOrEmpty(tussenvoegsel) ? null : tussenvoegsel,
                lastName,
                isPupil ? new DateOnly(2010 + random.Next(8), 1 + random.Next(12), 1 + random.Next(28)) : null,
                isPupil ? $"{1 + random.Next(8)}{(char)('A' + random.Next(3))}" : null,
                (100000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return new Roster(people);
    }
}
