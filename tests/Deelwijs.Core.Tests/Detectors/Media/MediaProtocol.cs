using Deelwijs.Core.Checks;
using Deelwijs.Core.Engine;
using Deelwijs.Core.Protocols;
using Deelwijs.Core.Rosters;

namespace Deelwijs.Core.Tests.Detectors.Media;

/// <summary>A small protocol that binds every media kind, with a roster of two pupils and a teacher.</summary>
internal static class MediaProtocol
{
    public static readonly Person Sanne = new(PersonKind.Pupil, "Sanne", "de", "Vries", new DateOnly(2014, 3, 2), "6B", "1001");
    public static readonly Person Daan = new(PersonKind.Pupil, "Daan", null, "Bakker", new DateOnly(2014, 9, 20), "6B", "1002");
    public static readonly Person Juf = new(PersonKind.Staff, "Marieke", null, "Jansen", Number: "m1");

    private const string Yaml = """
        id: test
        name: Testprotocol beeld
        organisation: Stichting Test
        version: "2025-01-01"
        schools:
          - name: De Regenboog
        rules:
          - id: "1"
            summary: Wie op beeld staat, moet toestemming hebben gegeven.
            audience: [staff, pupil, parent]
            context: all
            modality: forbidden
            enforcement: check
            checks:
              media.consent-missing: forbidden
              media.name-with-photo: forbidden
          - id: "2"
            summary: Beeld uit de schoolsituatie alleen met ja van de directie, en alleen in de schoolapp.
            audience: [staff, pupil, parent]
            context: all
            modality: needs-permission
            enforcement: check
            checks:
              media.needs-permission: approval
              media.channel-not-allowed: forbidden
          - id: "3"
            summary: Haal de locatie uit je foto's en respecteer het auteursrecht.
            audience: [staff, pupil, parent]
            context: all
            modality: required
            enforcement: check
            checks:
              media.location: change
              media.copyright: forbidden
          - id: "4"
            summary: Het logo van de school hoort niet op een privéprofiel.
            audience: [staff]
            context: all
            modality: forbidden
            enforcement: check
            checks:
              logo.private-profile: forbidden
        """;

    private static readonly CheckEngine Engine = new EngineBuilder(ProtocolReader.Parse(Yaml, "test.yaml"))
        .WithRoster(new Roster([Sanne, Daan, Juf]))
        .Build();

    public static IReadOnlyList<Finding> Check(string kind, CheckRequest request) =>
        Engine.Check(request).Findings.Where(f => f.Kind == kind).ToList();

    public static CheckResult Check(CheckRequest request) => Engine.Check(request);
}
