namespace Deelwijs.Core.Consent;

/// <summary>Where each known column of a consent file stands (-1: absent); headers are Dutch and case-insensitive.</summary>
internal sealed record ConsentColumns(
    int Number, int FirstName, int Tussenvoegsel, int LastName, int Purpose, int Granted, int Date, int GivenBy, int SchoolYear)
{
    public const string NumberHeader = "nummer";
    public const string FirstNameHeader = "voornaam";
    public const string TussenvoegselHeader = "tussenvoegsel";
    public const string LastNameHeader = "achternaam";
    public const string PurposeHeader = "doel";
    public const string GrantedHeader = "toestemming";
    public const string DateHeader = "datum";
    public const string GivenByHeader = "gegeven_door";
    public const string SchoolYearHeader = "schooljaar";

    public static readonly string[] Headers =
        [NumberHeader, FirstNameHeader, TussenvoegselHeader, LastNameHeader, PurposeHeader, GrantedHeader, DateHeader, GivenByHeader, SchoolYearHeader];

    public static ConsentColumns Find(IReadOnlyList<string> header)
    {
        int IndexOf(string name)
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

        return new(IndexOf(NumberHeader), IndexOf(FirstNameHeader), IndexOf(TussenvoegselHeader), IndexOf(LastNameHeader),
            IndexOf(PurposeHeader), IndexOf(GrantedHeader), IndexOf(DateHeader), IndexOf(GivenByHeader), IndexOf(SchoolYearHeader));
    }

    /// <summary>The required columns that the header lacks, in Dutch.</summary>
    public IEnumerable<string> Missing()
    {
        if (Number < 0 && (FirstName < 0 || LastName < 0))
        {
            yield return "'nummer' (of 'voornaam' en 'achternaam')";
        }

        foreach (var (index, name) in new[] { (Purpose, PurposeHeader), (Granted, GrantedHeader), (Date, DateHeader), (GivenBy, GivenByHeader) })
        {
            if (index < 0)
            {
                yield return $"'{name}'";
            }
        }
    }
}
