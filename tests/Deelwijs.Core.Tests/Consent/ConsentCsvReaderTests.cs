using System.Text;
using Deelwijs.Core.Consent;
using Deelwijs.Core.Rosters;

namespace Deelwijs.Core.Tests.Consent;

public sealed class ConsentCsvReaderTests
{
    private static readonly Person Zoe = new(PersonKind.Pupil, "Zoë", null, "Brontë", new DateOnly(2013, 5, 1), "7A", "2001");
    private static readonly Person Daan = new(PersonKind.Pupil, "Daan", "van der", "Berg", new DateOnly(2009, 1, 10), "5H", "2002");
    private static readonly Person SemA = new(PersonKind.Pupil, "Sem", null, "Bakker", new DateOnly(2014, 2, 2), "6A", "2003");
    private static readonly Person SemB = new(PersonKind.Pupil, "Sem", null, "Bakker", new DateOnly(2015, 3, 3), "5B", "2004");
    private static readonly Person Teacher = new(PersonKind.Staff, "Anne", null, "Visser");
    private static readonly Roster School = new([Zoe, Daan, SemA, SemB, Teacher]);
    private static readonly string[] Purposes = ConsentPurposes.Defaults.Select(p => p.Code).ToArray();

    private static IReadOnlyList<ConsentDecision> Read(string csv, Encoding? encoding = null) =>
        ConsentCsvReader.Read(new MemoryStream((encoding ?? new UTF8Encoding(false)).GetBytes(csv)), "toestemmingen.csv", School, Purposes);

    private static IReadOnlyList<RosterProblem> Problems(string csv) =>
        Assert.Throws<ConsentFormatException>(() => Read(csv)).Problems;

    [Fact]
    public void Read_Windows1252WithSemicolons_FindsPeopleByNameWithAccents()
    {
        var decisions = Read("voornaam;tussenvoegsel;achternaam;doel;toestemming;datum;gegeven_door\nZoë;;Brontë;website;ja;01-09-2026;ouder\n",
            CodePagesEncodingProvider.Instance.GetEncoding(1252));

        var decision = Assert.Single(decisions);
        Assert.Equal(new ConsentDecision(Zoe, ConsentPurposes.Website, true, new DateOnly(2026, 9, 1), ConsentGiver.Parent, new SchoolYear(2026)), decision);
    }

    [Fact]
    public void Read_CommasNumbersAndASchoolYearColumn_GivesEveryDecision()
    {
        var decisions = Read("""
            Nummer,Doel,Toestemming,Datum,Gegeven_door,Schooljaar
            2002,sociale-media,nee,2026-06-20,leerling,2026-2027
            2001,SCHOOLAPP,J,2026-09-02,verzorger,
            ,,,,,
            """);

        Assert.Equal(2, decisions.Count);
        Assert.Equal((Daan, ConsentPurposes.SocialMedia, false, ConsentGiver.Pupil, new SchoolYear(2026)),
            (decisions[0].Person, decisions[0].Purpose, decisions[0].Granted, decisions[0].GivenBy, decisions[0].SchoolYear));
        Assert.Equal((Zoe, ConsentPurposes.SchoolApp, true, ConsentGiver.Parent), (decisions[1].Person, decisions[1].Purpose, decisions[1].Granted, decisions[1].GivenBy));
    }

    [Fact]
    public void Read_AnUnknownPurpose_NamesTheSchoolsPurposes()
    {
        var problem = Assert.Single(Problems("nummer;doel;toestemming;datum;gegeven_door\n2001;fotoboek;ja;2026-09-01;ouder\n"));

        Assert.Equal(("toestemmingen.csv", 2, "doel"), (problem.Source, problem.Line, problem.Column));
        Assert.StartsWith("'fotoboek' is geen doel van deze school (bekende doelen: schoolgids, nieuwsbrief, website", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AnAmbiguousName_AsksForTheNumber()
    {
        var problem = Assert.Single(Problems("voornaam;achternaam;doel;toestemming;datum;gegeven_door\nSem;Bakker;website;ja;2026-09-01;ouder\n"));

        Assert.Equal((2, "achternaam"), (problem.Line, problem.Column));
        Assert.Equal("er staan 2 mensen met Sem Bakker in de leerlingenlijst; gebruik de kolom 'nummer' om te zeggen wie het is", problem.Message);
    }

    [Fact]
    public void Read_AMissingColumn_IsOneProblemOnTheHeaderLine()
    {
        var problem = Assert.Single(Problems("nummer;doel;toestemming;datum\n2001;website;ja;2026-09-01\n"));

        Assert.Equal((1, (string?)null), (problem.Line, problem.Column));
        Assert.Equal("de kolom 'gegeven_door' ontbreekt in de eerste regel", problem.Message);
    }

    [Fact]
    public void Read_SeveralBadLines_ReportsEveryProblem_AndReturnsNothing()
    {
        var problems = Problems("""
            nummer;doel;toestemming;datum;gegeven_door;schooljaar
            2001;website;ja;2026-09-01;ouder;
            2001;website;misschien;31-02-2026;ouder;
            2002;website;ja;2026-09-01;ouder;
            2001;pers;ja;2026-09-01;leerling;
            ;website;ja;2026-09-01;zelf;2026-2028
            """);

        Assert.Equal(
        [
            (3, "toestemming"), (3, "datum"),
            (4, "gegeven_door"),
            (5, "gegeven_door"),
            (6, "voornaam"), (6, "schooljaar"),
        ], problems.Select(p => (p.Line, p.Column)));
        Assert.Contains("Daan van der Berg was op 01-09-2026 al 16 jaar of ouder", problems[2].Message, StringComparison.Ordinal);
        Assert.Contains("Zoë Brontë was op 01-09-2026 jonger dan 16", problems[3].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Writer_WritesWhatTheReaderReads()
    {
        var decisions = new[]
        {
            new ConsentDecision(Daan, ConsentPurposes.Press, false, new DateOnly(2026, 9, 3), ConsentGiver.Pupil, new SchoolYear(2026)),
            new ConsentDecision(Teacher, ConsentPurposes.Website, true, new DateOnly(2026, 9, 4), ConsentGiver.Self, new SchoolYear(2026)),
            new ConsentDecision(Zoe, ConsentPurposes.Newsletter, true, new DateOnly(2026, 6, 30), ConsentGiver.Parent, new SchoolYear(2026)),
        };
        using var stream = new MemoryStream();

        ConsentCsvWriter.Write(stream, decisions);
        stream.Position = 0;

        Assert.Equal(decisions, ConsentCsvReader.Read(stream, "export.csv", School, Purposes));
    }

    [Fact]
    public void ExampleFile_ReadsAgainstTheExampleRoster()
    {
        var examples = Path.Combine(RepositoryRoot(), "examples");
        using var rosterFile = File.OpenRead(Path.Combine(examples, "leerlingen.csv"));
        var roster = RosterCsvReader.Read(rosterFile, "leerlingen.csv");
        using var consentFile = File.OpenRead(Path.Combine(examples, "toestemmingen.csv"));

        var register = new ConsentRegister(ConsentCsvReader.Read(consentFile, "toestemmingen.csv", roster, Purposes), new SchoolYear(2026));

        var daan = roster.People.Single(p => p.FullName == "Daan Jansen");
        Assert.Equal(ConsentAnswer.Refused, register.Answer(daan, ConsentPurposes.SocialMedia));
        Assert.Equal(ConsentAnswer.Given, register.Answer(daan, ConsentPurposes.Website));
        Assert.Equal(ConsentAnswer.NoAnswer, register.Answer(roster.People.Single(p => p.FullName == "Fatima el Amrani"), ConsentPurposes.SocialMedia));
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !Directory.Exists(Path.Combine(folder.FullName, "examples")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
