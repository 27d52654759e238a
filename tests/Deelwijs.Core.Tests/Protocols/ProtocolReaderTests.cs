using Deelwijs.Core.Protocols;

namespace Deelwijs.Core.Tests.Protocols;

public sealed class ProtocolReaderTests
{
    private const string Valid = """
        id: mijn-school
        name: Protocol sociale media
        organisation: Stichting Voorbeeld
        version: "2025-01-01"
        adopted:
          management: 2025-01-01
        schools:
          - name: De Voorbeeldschool
            aliases: [Voorbeeld]
        rules:
          - id: "1"
            summary: Geen telefoonnummers van leerlingen online.
            audience: [staff]
            context: all
            modality: forbidden
            enforcement: check
            checks:
              personal-data.phone: forbidden
        """;

    [Fact]
    public void Parse_ValidFile_GivesRulesWithFullIds()
    {
        var protocol = ProtocolReader.Parse(Valid, "mijn.yaml");

        Assert.Equal("mijn-school", protocol.Id);
        var rule = Assert.Single(protocol.Rules);
        Assert.Equal("mijn-school/1", rule.Id);
        Assert.Equal(new DateOnly(2025, 1, 1), protocol.Dates.AdoptedByManagement);
        Assert.Contains("Voorbeeld", protocol.AllSchoolNames);
    }

    [Fact]
    public void Validate_UnknownDetector_ReportsLineAndColumn()
    {
        var yaml = Valid.Replace("personal-data.phone: forbidden", "personal-data.fone: forbidden", StringComparison.Ordinal);

        var problem = Assert.Single(ProtocolReader.Validate(yaml, "mijn.yaml"));

        Assert.Equal(18, problem.Line);
        Assert.Equal(7, problem.Column);
        Assert.Contains("onbekende detector 'personal-data.fone'", problem.Message);
        Assert.StartsWith("mijn.yaml:18:7: ", problem.ToString());
    }

    [Fact]
    public void Validate_SeveralProblems_ReportsEveryOne()
    {
        var yaml = Valid
            .Replace("management: 2025-01-01", "management: 2025-13-45", StringComparison.Ordinal)
            .Replace("    summary: Geen telefoonnummers van leerlingen online.\n", "", StringComparison.Ordinal)
            + "\n  - id: \"1\"\n    summary: Dubbel.\n    audience: [staff]\n    modality: advice\n    enforcement: guidance\n";

        var problems = ProtocolReader.Validate(yaml, "mijn.yaml");

        Assert.Contains(problems, p => p.Message.Contains("geen geldige datum") && p.Line == 6);
        Assert.Contains(problems, p => p.Message.Contains("'summary' ontbreekt"));
        Assert.Contains(problems, p => p.Message.Contains("komt twee keer voor"));
    }

    [Theory]
    [InlineData("2025-02-29")]
    [InlineData("2025-1-01")]
    [InlineData("01-01-2025")]
    [InlineData("2025-01-01T00:00:00")]
    [InlineData("2025/01/01")]
    [InlineData("1 januari 2025")]
    public void Validate_DateNotWrittenAsYearMonthDay_IsAProblem(string date)
    {
        var yaml = Valid.Replace("management: 2025-01-01", $"management: \"{date}\"", StringComparison.Ordinal);

        var problem = Assert.Single(ProtocolReader.Validate(yaml, "mijn.yaml"));

        Assert.Contains($"'management' is geen geldige datum: '{date}'", problem.Message);
    }

    [Fact]
    public void Parse_ReadsALeapDay()
    {
        var yaml = Valid.Replace("management: 2025-01-01", "management: 2024-02-29", StringComparison.Ordinal);

        var protocol = ProtocolReader.Parse(yaml, "mijn.yaml");

        Assert.Equal(new DateOnly(2024, 2, 29), protocol.Dates.AdoptedByManagement);
    }

    [Fact]
    public void Validate_BrokenYaml_SaysWhere()
    {
        var problem = Assert.Single(ProtocolReader.Validate("id: x\nrules: [\n  - a: b\n", "kapot.yaml"));

        Assert.Equal("kapot.yaml", problem.Source);
        Assert.Contains("geen geldige YAML", problem.Message);
    }
}
