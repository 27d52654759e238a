using Deelwijs.Core.Protocols;
using Deelwijs.Web.Protocols;

namespace Deelwijs.Web.Tests.Protocols;

public sealed class ProtocolAudienceTests
{
    private const string Yaml = """
        id: test
        name: Testprotocol
        organisation: Testschool
        version: "2025-01-01"
        adopted:
          management: 2025-01-01
        schools:
          - name: Testschool
        rules:
          - id: "1"
            summary: Alleen voor de directie.
            audience: [director]
            modality: advice
            enforcement: guidance
          - id: "2"
            summary: Voor ouders en leerlingen.
            audience: [parent, pupil]
            modality: forbidden
            enforcement: check
            checks:
              personal-data.phone: forbidden
          - id: "3"
            summary: Werkwijze voor iedereen.
            audience: [staff, parent]
            modality: needs-permission
            enforcement: workflow
            workflow: approval
        """;

    private static readonly Protocol Protocol = ProtocolReader.Parse(Yaml, "test.yaml");

    [Fact]
    public void Staff_IncludesEveryEmployeeRole_ParentsAndPupilsTheirOwn()
    {
        string[] Articles(string slug) => [.. Protocol.Rules.Where(ProtocolAudience.Find(slug)!.Includes).Select(r => r.Article)];

        Assert.Equal(["1", "3"], Articles("medewerkers"));
        Assert.Equal(["2", "3"], Articles("ouders"));
        Assert.Equal(["2"], Articles("leerlingen"));
        Assert.Null(ProtocolAudience.Find("onbekend"));
    }

    [Fact]
    public void HowEnforced_SaysInDutchWhatDeelwijsDoes()
    {
        Assert.Equal("Deelwijs controleert dit in een bericht voordat het online gaat: telefoonnummer (niet toegestaan).", ProtocolWords.HowEnforced(Protocol.Rules[1]));
        Assert.Contains("toestemming vragen", ProtocolWords.HowEnforced(Protocol.Rules[2]), StringComparison.Ordinal);
        Assert.Equal("Richtlijn", ProtocolWords.EnforcementName(Protocol.Rules[0].Enforcement));
        Assert.Equal("1 januari 2025", ProtocolWords.Date(Protocol.Dates.AdoptedByManagement));
        Assert.Equal("niet bekend", ProtocolWords.Date(null));
    }
}
