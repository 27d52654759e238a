using System.Text;
using Deelwijs.Core.Rosters;

namespace Deelwijs.Core.Tests.Rosters;

public sealed class RosterCsvReaderTests
{
    private static Roster Read(string csv, Encoding? encoding = null) =>
        RosterCsvReader.Read(new MemoryStream((encoding ?? new UTF8Encoding(false)).GetBytes(csv)), "leerlingen.csv");

    private static RosterFormatException Fails(string csv) =>
        Assert.Throws<RosterFormatException>(() => Read(csv));

    [Fact]
    public void Read_SemicolonFile_GivesEveryPerson()
    {
        var roster = Read("""
            Soort;Voornaam;Tussenvoegsel;Achternaam;Geboortedatum;Groep;Nummer;Vertrokken;Opmerking
            leerling;Sanne;de;Vries;2012-03-14;6B;1234;;extra kolom
            Medewerker;Anne;;Visser;;;;;
            ouder;Thomas;;Mulder;14-03-1980;;;;
            leerling;Daan;van der;Berg;;8;;2024-07-01;
            """);

        Assert.Equal(4, roster.People.Count);
        var sanne = roster.People[0];
        Assert.Equal(new Person(PersonKind.Pupil, "Sanne", "de", "Vries", new DateOnly(2012, 3, 14), "6B", "1234"), sanne);
        Assert.Equal(PersonKind.Staff, roster.People[1].Kind);
        Assert.Null(roster.People[1].Tussenvoegsel);
        Assert.Equal(new DateOnly(1980, 3, 14), roster.People[2].BirthDate);
        Assert.Equal(new DateOnly(2024, 7, 1), roster.People[3].Left);
    }

    [Fact]
    public void Read_CommaFileWithBom_GivesEveryPerson()
    {
        var roster = Read("\uFEFFvoornaam,achternaam,soort\r\nSanne,Vries,leerling\r\n\"Jan, Piet\",Smit,leerling\r\n", new UTF8Encoding(true));

        Assert.Equal(["Sanne Vries", "Jan, Piet Smit"], roster.People.Select(p => p.FullName));
    }

    [Fact]
    public void Read_Windows1252File_KeepsAccents()
    {
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes("soort;voornaam;achternaam\nleerling;Zoë;Brontë\n");

        var roster = RosterCsvReader.Read(new MemoryStream(bytes), "export.csv");

        Assert.Equal("Zoë Brontë", Assert.Single(roster.People).FullName);
    }

    [Fact]
    public void Read_SeveralBadRows_ReportsEveryProblemWithLineAndColumn()
    {
        var error = Fails("""
            soort;voornaam;tussenvoegsel;achternaam;geboortedatum
            leerling;Sanne;de;Vries;2012-03-14
            docent;Anne;;Visser;
            leerling;Daan;;;31-02-2012
            leerling;;;Smit;
            """);

        Assert.Equal(
        [
            "leerlingen.csv: regel 3, kolom 'soort': 'docent' is geen bekende soort (gebruik leerling, medewerker of ouder)",
            "leerlingen.csv: regel 4, kolom 'achternaam': de achternaam ontbreekt",
            "leerlingen.csv: regel 4, kolom 'geboortedatum': '31-02-2012' is geen geldige datum (gebruik jjjj-mm-dd of dd-mm-jjjj)",
            "leerlingen.csv: regel 5, kolom 'voornaam': de voornaam ontbreekt",
        ], error.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Read_MissingRequiredColumns_SaysWhichOnes()
    {
        var problem = Assert.Single(Fails("naam;klas\nSanne;6B\n").Problems);

        Assert.Equal(1, problem.Line);
        Assert.Contains("'soort', 'voornaam', 'achternaam'", problem.Message);
    }

    [Fact]
    public void Read_EmptyFile_SaysItIsEmpty()
    {
        Assert.Contains("leeg", Assert.Single(Fails("").Problems).Message);
    }

    [Fact]
    public void Read_BlankLines_AreSkipped()
    {
        var roster = Read("soort,voornaam,achternaam\n\nleerling,Sanne,Vries\n,,\n");

        Assert.Single(roster.People);
    }
}
