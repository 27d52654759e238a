using Deelwijs.Core.Checks;
using YamlDotNet.RepresentationModel;

namespace Deelwijs.Core.Protocols;

/// <summary>Reads one rule of a protocol file.</summary>
internal static class RuleReader
{
    private static readonly Dictionary<string, RuleContext> Contexts = new(StringComparer.Ordinal)
    {
        ["all"] = RuleContext.All, ["work"] = RuleContext.Work, ["private"] = RuleContext.Private, ["lesson"] = RuleContext.Lesson,
    };

    private static readonly Dictionary<string, Modality> Modalities = new(StringComparer.Ordinal)
    {
        ["forbidden"] = Modality.Forbidden, ["required"] = Modality.Required, ["needs-permission"] = Modality.NeedsPermission,
        ["advice"] = Modality.Advice, ["principle"] = Modality.Principle,
    };

    private static readonly Dictionary<string, Enforcement> Enforcements = new(StringComparer.Ordinal)
    {
        ["check"] = Enforcement.Check, ["workflow"] = Enforcement.Workflow, ["guidance"] = Enforcement.Guidance,
    };

    public static ProtocolRule? Read(NodeReader reader, YamlMappingNode node, string protocolId, string[] audiences, string[] workflows)
    {
        var before = reader.ProblemCount;
        var article = reader.RequiredString(node, "id");
        var summary = reader.RequiredString(node, "summary");
        var audience = reader.StringList(node, "audience");
        if (audience.Count == 0)
        {
            reader.Problem(node, $"regel '{article}': 'audience' ontbreekt (voor wie geldt de regel, bijvoorbeeld [staff, pupil, parent])");
        }

        reader.CheckAllowed(node, "audience", audience, audiences, "doelgroep");
        var context = Choice(reader, node, "context", Contexts, RuleContext.All);
        var modality = Choice(reader, node, "modality", Modalities, Modality.Advice, required: true);
        var enforcement = Choice(reader, node, "enforcement", Enforcements, Enforcement.Guidance, required: true);
        var workflow = reader.OptionalString(node, "workflow");
        if (workflow is not null && !workflows.Contains(workflow))
        {
            reader.Problem(reader.Value(node, "workflow")!, $"onbekende workflow '{workflow}' (kies uit: {string.Join(", ", workflows)})");
        }
        else if (workflow is null && enforcement == Enforcement.Workflow)
        {
            reader.Problem(node, $"regel '{article}': bij enforcement 'workflow' hoort 'workflow' (kies uit: {string.Join(", ", workflows)})");
        }

        var checks = ReadChecks(reader, node);
        if (enforcement == Enforcement.Check && reader.Value(node, "checks") is null)
        {
            reader.Problem(node, $"regel '{article}': bij enforcement 'check' hoort 'checks' met minstens één detector");
        }

        var reminder = ReadReminder(reader, node);
        if (article is null || summary is null || reader.ProblemCount > before)
        {
            return null;
        }

        return new ProtocolRule($"{protocolId}/{article}", article, summary, audience, context, modality, enforcement, workflow, checks, reminder);
    }

    private static Dictionary<string, FindingAction> ReadChecks(NodeReader reader, YamlMappingNode node)
    {
        var checks = new Dictionary<string, FindingAction>(StringComparer.Ordinal);
        var mapping = reader.Mapping(node, "checks");
        foreach (var (key, value) in mapping?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
        {
            var kind = ((YamlScalarNode)key).Value ?? "";
            if (!FindingKinds.All.Contains(kind))
            {
                reader.Problem(key, $"onbekende detector '{kind}' (zie docs/protocol-format.md voor de lijst)");
                continue;
            }

            var actionCode = (value as YamlScalarNode)?.Value;
            if (!ContractCodes.TryParseAction(actionCode, out var action))
            {
                reader.Problem(value, $"onbekende actie '{actionCode}' bij '{kind}' (kies uit: change, approval, forbidden)");
                continue;
            }

            checks[kind] = action;
        }

        return checks;
    }

    private static RuleReminder? ReadReminder(NodeReader reader, YamlMappingNode node)
    {
        var mapping = reader.Mapping(node, "reminder");
        if (mapping is null)
        {
            return null;
        }

        var text = reader.RequiredString(mapping, "text");
        var when = reader.StringList(mapping, "when");
        reader.CheckAllowed(mapping, "when", when, ReminderSituations.All, "situatie");
        return text is null ? null : new RuleReminder(text, when.Count == 0 ? [ReminderSituations.Always] : when);
    }

    private static T Choice<T>(NodeReader reader, YamlMappingNode node, string key, Dictionary<string, T> choices, T fallback, bool required = false)
    {
        var text = required ? reader.RequiredString(node, key) : reader.OptionalString(node, key);
        if (text is null)
        {
            return fallback;
        }

        if (choices.TryGetValue(text, out var value))
        {
            return value;
        }

        reader.Problem(reader.Value(node, key)!, $"onbekende waarde '{text}' voor '{key}' (kies uit: {string.Join(", ", choices.Keys)})");
        return fallback;
    }
}
