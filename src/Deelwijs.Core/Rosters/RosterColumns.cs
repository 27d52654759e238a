namespace Deelwijs.Core.Rosters;

/// <summary>Where each known column of a roster file stands (-1: absent); headers are Dutch and case-insensitive.</summary>
internal sealed record RosterColumns(
    int Kind, int FirstName, int Tussenvoegsel, int LastName, int BirthDate, int Group, int Number, int Left)
{
    public const string KindHeader = "soort";
    public const string FirstNameHeader = "voornaam";
    public const string TussenvoegselHeader = "tussenvoegsel";
    public const string LastNameHeader = "achternaam";
    public const string BirthDateHeader = "geboortedatum";
    public const string GroupHeader = "groep";
    public const string NumberHeader = "nummer";
    public const string LeftHeader = "vertrokken";

    public static RosterColumns Find(IReadOnlyList<string> header) => new(
        IndexOf(header, KindHeader),
        IndexOf(header, FirstNameHeader),
        IndexOf(header, TussenvoegselHeader),
        IndexOf(header, LastNameHeader),
        IndexOf(header, BirthDateHeader),
        IndexOf(header, GroupHeader),
        IndexOf(header, NumberHeader),
        IndexOf(header, LeftHeader));

    /// <summary>The required columns that the header lacks.</summary>
    public IEnumerable<string> Missing()
    {
        if (Kind < 0)
        {
            yield return KindHeader;
        }

        if (FirstName < 0)
        {
            yield return FirstNameHeader;
        }

        if (LastName < 0)
        {
            yield return LastNameHeader;
        }
    }

    private static int IndexOf(IReadOnlyList<string> header, string name)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (string.Equals(header[i].Trim(), name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
