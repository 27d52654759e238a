using Deelwijs.Core.Checks;
using Deelwijs.Core.Engine;
using Deelwijs.Core.Protocols;

namespace Deelwijs.Core.Tests.Detectors.Language;

/// <summary>Checks a pupil's post against a small protocol that checks every language kind.</summary>
internal static class LanguageCheck
{
    private const string Protocol = """
        id: taal
        name: Taalregels
        organisation: Stichting Voorbeeld
        version: "2025-01-01"
        adopted:
          management: 2025-01-01
        schools:
          - name: De Voorbeeldschool
        rules:
          - id: "1"
            summary: Niet schelden, dreigen, discrimineren of seksueel taalgebruik.
            audience: [staff, pupil, parent]
            context: all
            modality: forbidden
            enforcement: check
            checks:
              language.profanity: change
              language.insult: forbidden
              language.threat: forbidden
              language.discrimination: forbidden
              language.sexual: forbidden
        """;

    private static readonly CheckEngine Engine = new EngineBuilder(ProtocolReader.Parse(Protocol, "taal.yaml")).Build();

    public static IReadOnlyList<Finding> Findings(string text) =>
        Engine.Check(new CheckRequest(text) { Role = Role.Pupil })
            .Findings.Where(f => f.Kind.StartsWith("language.", StringComparison.Ordinal)).ToList();

    public static IReadOnlyList<string> Kinds(string text) => Findings(text).Select(f => f.Kind).Distinct().ToList();

    /// <summary>The single finding of <paramref name="kind"/>; fails when there is none or more than one.</summary>
    public static Finding Single(string text, string kind) => Assert.Single(Findings(text), f => f.Kind == kind);
}
