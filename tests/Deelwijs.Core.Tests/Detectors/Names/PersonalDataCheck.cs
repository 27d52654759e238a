using Deelwijs.Core.Checks;
using Deelwijs.Core.Engine;
using Deelwijs.Core.Protocols;
using Deelwijs.Core.Rosters;

namespace Deelwijs.Core.Tests.Detectors.Names;

/// <summary>Checks texts with a small test protocol that binds every personal-data kind and 'confidential'.</summary>
internal static class PersonalDataCheck
{
    private const string Yaml = """
        id: test
        name: Testprotocol
        organisation: Stichting Test
        version: "2025-01-01"
        adopted:
          management: 2025-01-01
        schools:
          - name: De Testschool
        rules:
          - id: "1"
            summary: Geen persoonsgegevens en geen vertrouwelijke informatie online.
            audience: [staff, pupil, parent, manager, director, communications]
            context: all
            modality: forbidden
            enforcement: check
            checks:
              personal-data.name: change
              personal-data.phone: forbidden
              personal-data.email: change
              personal-data.address: forbidden
              personal-data.bsn: forbidden
              personal-data.iban: forbidden
              personal-data.birth-date: change
              personal-data.special-category: forbidden
              confidential: forbidden
        """;

    private static readonly Protocol Protocol = ProtocolReader.Parse(Yaml, "test.yaml");
    private static readonly CheckEngine WithoutRoster = new EngineBuilder(Protocol).Build();

    public static Roster Roster { get; } = new([
        new Person(PersonKind.Pupil, "Sanne", "de", "Vries"),
        new Person(PersonKind.Pupil, "Roos", null, "Bakker"),
        new Person(PersonKind.Pupil, "Daan", "van der", "Berg"),
        new Person(PersonKind.Pupil, "Anne-Marie", null, "Jansen"),
        new Person(PersonKind.Pupil, "Peter", null, "Smit"),
        new Person(PersonKind.Staff, "Anne", null, "Visser"),
        new Person(PersonKind.Parent, "Thomas", null, "Mulder"),
        new Person(PersonKind.Pupil, "Thomas", null, "Bos"),
        new Person(PersonKind.Pupil, "Bas", null, "Meijer"),
    ]);

    private static readonly CheckEngine WithRoster = new EngineBuilder(Protocol).WithRoster(Roster).Build();

    public static CheckEngine Engine(Roster roster) => new EngineBuilder(Protocol).WithRoster(roster).Build();

    /// <summary>The excerpts of the findings of <paramref name="kind"/>, with the test roster.</summary>
    public static string[] Find(string kind, string text, bool roster = true) =>
        Find(roster ? WithRoster : WithoutRoster, kind, text);

    public static string[] Find(CheckEngine engine, string kind, string text) =>
        engine.Check(new CheckRequest(text))
            .Findings.Where(f => f.Kind == kind).Select(f => f.Excerpt ?? "").ToArray();

    public static IReadOnlyList<Finding> All(string text) => WithRoster.Check(new CheckRequest(text)).Findings;
}
