using Deelwijs.Core.Checks;
using Deelwijs.Core.Incidents;
using Deelwijs.Core.Protocols;

namespace Deelwijs.Core.Tests.Protocols;

public sealed class LadderReaderTests
{
    // Line numbers in the tests below count from 1 at "id: mijn-school".
    private const string Valid = """
        id: mijn-school
        name: Protocol sociale media
        organisation: Stichting Voorbeeld
        version: "1"
        schools:
          - name: De Voorbeeldschool
        rules:
          - id: "7"
            summary: Wie het protocol overtreedt, krijgt een gesprek; bij herhaling volgen maatregelen.
            audience: [staff, pupil, parent]
            modality: principle
            enforcement: workflow
            workflow: sanction
        reporting:
          to: director
          routes:
            - category: [staff-breach]
              to: board
          articles: ["7"]
        ladders:
          labour-agreement: cao-po
          pupils:
            articles: ["7"]
            steps:
              - id: gesprek
                title: De leerkracht praat met de leerling
                type: conversation-teacher
                mandatory: true
                articles: ["7"]
              - id: gesprek-directeur
                title: De directeur praat met leerling en ouders
                type: conversation-director
                when: repetition
                mandatory: true
              - id: berichten-weg
                title: De leerling haalt de berichten weg
                type: remove-content
                when: serious
                category: [cyberbullying, memes]
              - id: politie
                title: Besluiten over aangifte
                type: police-decision
          staff:
            steps:
              - id: gesprek
                title: De directeur praat met de medewerker
                type: staff-conversation
                mandatory: true
              - id: politie
                title: Besluiten over aangifte
                type: police-decision
        """;

    private static ProtocolProblem SingleProblem(string yaml) => Assert.Single(ProtocolReader.Validate(yaml, "mijn.yaml"));

    private static string Replace(string oldText, string newText)
    {
        Assert.Contains(oldText, Valid);
        return Valid.Replace(oldText, newText, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Ladders_GivesStepsInFileOrderWithTypesConditionsAndRuleIds()
    {
        var protocol = ProtocolReader.Parse(Valid, "mijn.yaml");

        var pupils = protocol.Ladders.Pupils;
        Assert.Equal(["gesprek", "gesprek-directeur", "berichten-weg", "politie"], pupils.Steps.Select(s => s.Id));
        Assert.Equal(["mijn-school/7"], pupils.Rules);
        var first = pupils.Steps[0];
        Assert.Equal(StepCondition.Always, first.When);
        Assert.True(first.Mandatory);
        Assert.Equal(["mijn-school/7"], first.Rules);
        Assert.Equal(StepCondition.Repetition, pupils.Steps[1].When);
        Assert.Equal([IncidentCategory.Cyberbullying, IncidentCategory.Memes], pupils.Steps[2].Categories);
        Assert.False(pupils.Steps[2].Mandatory);
        var police = pupils.Find("politie")!;
        Assert.Equal(StepCondition.PossiblyCriminal, police.When);
        Assert.True(police.Mandatory);
        Assert.Equal(LabourAgreement.CaoPo, protocol.Ladders.LabourAgreement);
    }

    [Fact]
    public void Parse_Reporting_GivesRecipientRoutesAndConfidantOption()
    {
        var reporting = ProtocolReader.Parse(Valid, "mijn.yaml").Reporting;

        Assert.Equal(Role.Director, reporting.To);
        Assert.True(reporting.ConfidantOnlyAllowed);
        var route = Assert.Single(reporting.Routes);
        Assert.Equal(Role.Board, route.To);
        Assert.Equal([IncidentCategory.StaffBreach], route.Categories);
        Assert.Equal(["mijn-school/7"], reporting.Rules);
    }

    [Fact]
    public void Parse_FileWithoutLadders_StillPromptsTheReportsTheLawRequires()
    {
        var end = Valid.IndexOf("reporting:", StringComparison.Ordinal);

        var protocol = ProtocolReader.Parse(Valid[..end], "mijn.yaml");

        Assert.Equal(["inspectie-notice", "police-decision"], protocol.Ladders.Pupils.Steps.Select(s => s.Type.Code));
        Assert.Equal(["police-decision"], protocol.Ladders.Staff.Steps.Select(s => s.Type.Code));
        Assert.Equal(Role.Manager, protocol.Reporting.To);
    }

    [Fact]
    public void Validate_UnknownStepType_ReportsLineAndColumn()
    {
        var problem = SingleProblem(Replace("type: conversation-director", "type: gesprek-directie"));

        Assert.Equal(32, problem.Line);
        Assert.Equal(15, problem.Column);
        Assert.StartsWith("mijn.yaml:32:15: onbekend staptype 'gesprek-directie' (kies uit: conversation-teacher,", problem.ToString());
    }

    [Fact]
    public void Validate_DuplicateStepId_PointsAtTheSecondAndNamesTheFirst()
    {
        var problem = SingleProblem(Replace("- id: gesprek-directeur", "- id: gesprek"));

        Assert.Equal((30, 9), (problem.Line, problem.Column));
        Assert.Contains("stap 'gesprek' komt twee keer voor in de ladder voor leerlingen en ouders (eerder op regel 25)", problem.Message);
    }

    [Fact]
    public void Validate_MissingTitle_NamesTheStep()
    {
        var problem = SingleProblem(Replace("        title: De leerling haalt de berichten weg\n", ""));

        Assert.Equal((35, 9), (problem.Line, problem.Column));
        Assert.Contains("stap 'berichten-weg': 'title' ontbreekt", problem.Message);
    }

    [Fact]
    public void Validate_UnknownArticleReference_PointsAtTheItem()
    {
        var problem = SingleProblem(Replace(
            "    articles: [\"7\"]\n      - id: gesprek-directeur", "    articles: [\"7\", \"4.4\"]\n      - id: gesprek-directeur"));

        Assert.Equal((29, 25), (problem.Line, problem.Column));
        Assert.Contains("artikel '4.4' bestaat niet in dit protocol", problem.Message);
    }

    [Fact]
    public void Validate_MandatoryReportSwitchedOff_IsRefused()
    {
        var problem = SingleProblem(Replace(
            "type: police-decision\n  staff:", "type: police-decision\n        mandatory: false\n  staff:"));

        Assert.Equal((43, 20), (problem.Line, problem.Column));
        Assert.Contains("is altijd verplicht", problem.Message);
    }

    [Fact]
    public void Validate_SeriousMeasureMarkedMandatory_IsRefused()
    {
        var problem = SingleProblem(Replace("        when: serious\n", "        when: serious\n        mandatory: true\n"));

        Assert.Contains("stap 'berichten-weg': een maatregel 'afhankelijk van de ernst' kan niet verplicht zijn", problem.Message);
    }

    [Fact]
    public void Validate_ReportConditionOnAnOrdinaryStep_NamesTheTypeItBelongsTo()
    {
        var problem = SingleProblem(Replace("when: repetition", "when: suspension-over-one-day"));

        Assert.Contains("'when: suspension-over-one-day' hoort alleen bij staptype 'inspectie-notice'", problem.Message);
    }

    [Fact]
    public void Validate_SalaryWithholdingUnderCaoPo_SaysOnlyTheCaoVoHasIt()
    {
        var yaml = Replace(
            "type: staff-conversation\n        mandatory: true\n",
            "type: staff-conversation\n        mandatory: true\n"
            + "      - id: inhouding\n        title: Inhouding van salaris\n        type: salary-withholding\n        when: serious\n");

        var problem = SingleProblem(yaml);

        Assert.Equal((51, 15), (problem.Line, problem.Column));
        Assert.Contains("'Inhouding van salaris' bestaat niet in de cao po, alleen in de cao vo", problem.Message);
        Assert.Empty(ProtocolReader.Validate(yaml.Replace("cao-po", "cao-vo", StringComparison.Ordinal), "mijn.yaml"));
    }

    [Fact]
    public void Validate_StepTypeOfTheOtherLadder_IsRefused()
    {
        var problem = SingleProblem(Replace("type: conversation-teacher", "type: written-reprimand"));

        Assert.Contains("staptype 'written-reprimand' hoort niet in de ladder voor leerlingen en ouders", problem.Message);
    }

    [Fact]
    public void Validate_LadderWithoutPoliceDecision_IsRefused()
    {
        var yaml = Valid.TrimEnd() + "\n";
        var cut = yaml.LastIndexOf("      - id: politie", StringComparison.Ordinal);

        var problem = SingleProblem(yaml[..cut]);

        Assert.Contains("de ladder voor medewerkers mist een stap van type 'police-decision'", problem.Message);
    }

    [Fact]
    public void Validate_SuspensionWithoutInspectieNotice_IsRefused()
    {
        var problem = SingleProblem(Replace("type: remove-content", "type: suspension"));

        Assert.Contains("kent een schorsing maar mist een stap van type 'inspectie-notice'", problem.Message);
    }

    [Fact]
    public void Validate_TypoInAKeyOrCategory_IsNotIgnored()
    {
        var problems = ProtocolReader.Validate(
            Replace("category: [cyberbullying, memes]", "categorie: [pesten]").Replace("to: board", "to: bestuur", StringComparison.Ordinal),
            "mijn.yaml");

        Assert.Contains(problems, p => p.Message.StartsWith("onbekende sleutel 'categorie' in een stap", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.StartsWith("een melding kan niet naar 'bestuur'", StringComparison.Ordinal) && p.Line == 18);
    }

    [Fact]
    public void Validate_LaddersWithoutStaff_AsksForIt()
    {
        var cut = Valid.IndexOf("  staff:", StringComparison.Ordinal);

        var problem = SingleProblem(Valid[..cut]);

        Assert.Contains("'staff' ontbreekt", problem.Message);
    }
}
