using System.Text.Json;

namespace Deelwijs.Cli.Tests;

public sealed class ProtocolCommandTests
{
    [Fact]
    public void List_shows_the_five_protocols_with_their_dates()
    {
        var result = Cli.Run(null, "protocol", "list");

        Assert.Equal(0, result.ExitCode);
        foreach (var id in new[] { "johan-de-witt", "konot", "ssoe", "asko", "de-regenboog" })
        {
            Assert.Contains(id, result.Stdout);
        }

        Assert.Contains("21 maart 2023", result.Stdout);
    }

    [Fact]
    public void Show_json_lists_every_rule_with_its_enforcement()
    {
        var result = Cli.Run(null, "protocol", "show", "ssoe", "--json");

        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal("ssoe", json.RootElement.GetProperty("id").GetString());
        var rules = json.RootElement.GetProperty("rules").EnumerateArray().ToList();
        var phoneRule = rules.Single(r => r.GetProperty("id").GetString() == "ssoe/3.1.3");
        Assert.Equal("check", phoneRule.GetProperty("enforcement").GetString());
        Assert.All(rules, r => Assert.Contains(r.GetProperty("enforcement").GetString(), new[] { "check", "workflow", "guidance" }));
        Assert.All(rules, r => Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("summary").GetString())));
    }

    [Fact]
    public void Coverage_gives_totals_that_add_up()
    {
        var result = Cli.Run(null, "protocol", "coverage", "konot");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("konot/accounts", result.Stdout);
        Assert.Matches(@"Totaal 36 artikelen: \d+ check .* \d+ workflow .* \d+ guidance", result.Stdout);
    }

    [Fact]
    public void Validate_reports_every_problem_with_file_line_and_column()
    {
        var path = Cli.TempFile("eigen.yaml", """
            id: eigen
            name: Eigen protocol
            organisation: Voorbeeldschool
            version: "1"
            evaluation: 2025-02-30
            schools:
              - name: Voorbeeldschool
            rules:
              - id: "1"
                summary: Geen scheldwoorden.
                audience: [staff, pupil]
                modality: forbidden
                enforcement: check
                checks:
                  language.vloeken: forbidden
              - id: "1"
                audience: [staff]
                modality: advice
                enforcement: guidance
            """);

        var result = Cli.Run(null, "protocol", "validate", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{path}:5:13: 'evaluation' is geen geldige datum", result.Stderr);
        Assert.Contains($"{path}:15:7: onbekende detector 'language.vloeken'", result.Stderr);
        Assert.Contains("komt twee keer voor", result.Stderr);
    }

    [Fact]
    public void A_school_can_check_against_its_own_protocol_file()
    {
        var path = Cli.TempFile("eigen.yaml", """
            id: eigen
            name: Eigen protocol
            organisation: Voorbeeldschool
            version: "3"
            schools:
              - name: Voorbeeldschool
            rules:
              - id: "7"
                summary: Zet geen telefoonnummers online.
                audience: [staff]
                modality: forbidden
                enforcement: check
                checks:
                  personal-data.phone: change
            """);

        var result = Cli.Run(null, "check", "--protocol", path, "--json", "Bel 06-12345678");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal("eigen/7", json.RootElement.GetProperty("findings")[0].GetProperty("rules")[0].GetString());
    }

    [Fact]
    public void Show_lists_who_hears_of_an_incident_and_both_sanction_ladders_with_their_sources()
    {
        var text = Cli.Run(null, "protocol", "show", "johan-de-witt");
        var json = Cli.Run(null, "protocol", "show", "johan-de-witt", "--json");

        Assert.Contains("Melden van een incident", text.Stdout);
        Assert.Contains("De ladder voor medewerkers (volgens de cao vo)", text.Stdout);
        Assert.Contains("bron: cao vo", text.Stdout);
        using var document = JsonDocument.Parse(json.Stdout);
        var ladders = document.RootElement.GetProperty("ladders");
        Assert.Equal("cao-vo", ladders.GetProperty("labourAgreement").GetString());
        Assert.Contains(ladders.GetProperty("pupils").EnumerateArray(), s => s.GetProperty("type").GetString() == "inspectie-notice");
        Assert.Contains(ladders.GetProperty("staff").EnumerateArray(), s => s.GetProperty("type").GetString() == "salary-withholding");
    }
}
