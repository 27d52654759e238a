using YamlDotNet.RepresentationModel;

namespace Deelwijs.Core.Protocols;

/// <summary>Reads the <c>ladders</c> section of a protocol file and checks each ladder as a whole.</summary>
internal static class LadderReader
{
    private static readonly string[] SectionKeys = ["labour-agreement", "pupils", "staff"];
    private static readonly string[] LadderKeys = ["articles", "steps"];

    public static SanctionLadders Read(NodeReader reader, YamlMappingNode root, ArticleReferences articles)
    {
        if (reader.Value(root, "ladders") is null)
        {
            return SanctionLadders.Statutory;
        }

        var section = reader.Mapping(root, "ladders");
        if (section is null)
        {
            return SanctionLadders.Statutory;
        }

        reader.CheckKeys(section, SectionKeys, "'ladders'");
        var agreement = ReadAgreement(reader, section);
        var steps = new LadderStepReader(reader, articles, agreement);
        var pupils = ReadLadder(reader, section, LadderAudience.Pupils, steps, articles);
        var staff = ReadLadder(reader, section, LadderAudience.Staff, steps, articles);
        return new SanctionLadders(pupils, staff, agreement);
    }

    private static LabourAgreement? ReadAgreement(NodeReader reader, YamlMappingNode section)
    {
        var code = reader.OptionalString(section, "labour-agreement");
        if (code is null)
        {
            return null;
        }

        if (LadderCodes.TryParseAgreement(code, out var agreement))
        {
            return agreement;
        }

        reader.Problem(reader.Value(section, "labour-agreement")!,
            $"onbekende cao '{code}' (kies uit: {string.Join(", ", LadderCodes.AgreementCodes)})");
        return null;
    }

    private static SanctionLadder ReadLadder(
        NodeReader reader, YamlMappingNode section, LadderAudience audience, LadderStepReader stepReader, ArticleReferences articles)
    {
        var key = audience.Code();
        var empty = new SanctionLadder(audience, [], []);
        if (reader.Value(section, key) is null)
        {
            reader.Problem(section, $"'{key}' ontbreekt: geef {audience.Dutch()} (met 'steps')");
            return empty;
        }

        var mapping = reader.Mapping(section, key);
        if (mapping is null)
        {
            return empty;
        }

        reader.CheckKeys(mapping, LadderKeys, $"'{key}'");
        var rules = articles.Read(mapping);
        var steps = new List<LadderStep>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var sequence = reader.Sequence(mapping, "steps", required: true);
        foreach (var node in sequence?.Children ?? [])
        {
            if (node is not YamlMappingNode stepNode)
            {
                reader.Problem(node, "een stap is een blok met id, title, type en eventueel when, mandatory, articles en category");
                continue;
            }

            if ((reader.Value(stepNode, "id") as YamlScalarNode)?.Value is { } id)
            {
                if (seen.TryGetValue(id, out var line))
                {
                    reader.Problem(stepNode, $"stap '{id}' komt twee keer voor in {audience.Dutch()} (eerder op regel {line})");
                    continue;
                }

                seen[id] = (int)stepNode.Start.Line;
            }

            if (stepReader.Read(stepNode, audience) is { } step)
            {
                steps.Add(step);
            }
        }

        // A step with its own problem is missing from the list; checking the whole would then report it twice.
        if (sequence is not null && steps.Count == sequence.Children.Count)
        {
            CheckWhole(reader, sequence, audience, steps);
        }

        return new SanctionLadder(audience, steps, rules);
    }

    // The law asks these of every school; a ladder that leaves them out would let a case skip them.
    private static void CheckWhole(NodeReader reader, YamlSequenceNode place, LadderAudience audience, List<LadderStep> steps)
    {
        if (steps.Count == 0)
        {
            reader.Problem(place, $"{audience.Dutch()} heeft geen stappen");
            return;
        }

        if (!steps.Exists(s => s.Type.Code == "police-decision"))
        {
            reader.Problem(place, $"{audience.Dutch()} mist een stap van type 'police-decision': bij een mogelijk strafbaar feit beslist de school over melding of aangifte");
        }

        if (steps.Exists(s => s.Type.Code == "suspension") && !steps.Exists(s => s.Type.Code == "inspectie-notice"))
        {
            reader.Problem(place, $"{audience.Dutch()} kent een schorsing maar mist een stap van type 'inspectie-notice': een schorsing van meer dan een dag meldt de school bij de Inspectie");
        }
    }
}
