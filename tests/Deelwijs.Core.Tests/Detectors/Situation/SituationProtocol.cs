using Deelwijs.Core.Checks;
using Deelwijs.Core.Engine;
using Deelwijs.Core.Protocols;

namespace Deelwijs.Core.Tests.Detectors.Situation;

/// <summary>A small protocol that binds every situation kind, so the situation detectors are tested without the seed templates.</summary>
internal static class SituationProtocol
{
    public const string Yaml = """
        id: test
        name: Testprotocol sociale media
        organisation: Stichting Test
        version: "2025-01-01"
        schools:
          - name: De Regenboog
            aliases: [GBS De Regenboog]
          - name: SSOE
        accounts:
          board-account: [board, director, office]
          school-account: [director, staff]
          website: [communications]
        rules:
          - id: "1"
            summary: Schrijf je privé over de school, zeg dan dat het je eigen mening is.
            audience: [staff]
            context: private
            modality: required
            enforcement: check
            checks:
              disclaimer.missing: change
          - id: "2"
            summary: Praat je mee over de school, zeg dan dat je er werkt.
            audience: [staff]
            context: all
            modality: required
            enforcement: check
            checks:
              affiliation.missing: change
          - id: "3"
            summary: Ga niet in discussie met leerlingen of ouders.
            audience: [staff]
            context: all
            modality: forbidden
            enforcement: check
            checks:
              discussion.pupil-parent: forbidden
          - id: "4"
            summary: Reageer niet namens de school op een negatieve discussie.
            audience: [staff]
            context: all
            modality: forbidden
            enforcement: check
            checks:
              discussion.negative: forbidden
          - id: "5"
            summary: Op officiële accounts plaatst alleen wie daarvoor is aangewezen.
            audience: [staff, pupil, parent]
            context: all
            modality: forbidden
            enforcement: check
            checks:
              account.not-authorized: forbidden
          - id: "6"
            summary: Geen sociale media in de les zonder toestemming.
            audience: [staff, pupil]
            context: lesson
            modality: needs-permission
            enforcement: check
            checks:
              lesson.during-lesson: approval
          - id: "7"
            summary: Bij twijfel overleg je met je leidinggevende.
            audience: [staff]
            context: all
            modality: advice
            enforcement: check
            checks:
              doubt: approval
        """;

    public static readonly CheckEngine Engine =
        new EngineBuilder(ProtocolReader.Parse(Yaml, "test.yaml")).WithSchoolName("Regenboogschool").Build();

    /// <summary>The findings of one kind for a draft.</summary>
    public static IReadOnlyList<Finding> Check(string kind, CheckRequest request) =>
        Engine.Check(request).Findings.Where(f => string.Equals(f.Kind, kind, StringComparison.Ordinal)).ToList();
}
