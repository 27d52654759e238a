using System.Text.RegularExpressions;
using Deelwijs.Core.Incidents;
using YamlDotNet.RepresentationModel;

namespace Deelwijs.Core.Protocols;

/// <summary>Reads one step of a sanction ladder and checks it against the step-type catalogue.</summary>
internal sealed partial class LadderStepReader(NodeReader reader, ArticleReferences articles, LabourAgreement? agreement)
{
    private static readonly string[] StepKeys = ["id", "title", "type", "when", "mandatory", "articles", "category"];
    private static readonly string[] RungConditions = ["always", "repetition", "serious"];

    public LadderStep? Read(YamlMappingNode node, LadderAudience audience)
    {
        var before = reader.ProblemCount;
        reader.CheckKeys(node, StepKeys, "een stap");
        var id = reader.RequiredString(node, "id");
        if (id is not null && !IdPattern().IsMatch(id))
        {
            reader.Problem(reader.Value(node, "id")!, $"ongeldige stap-id '{id}': gebruik kleine letters, cijfers en '-'");
        }

        var name = id ?? "?";
        var title = reader.OptionalString(node, "title");
        if (title is null && reader.Value(node, "title") is null)
        {
            reader.Problem(node, $"stap '{name}': 'title' ontbreekt (de naam van de stap, in het Nederlands en in eigen woorden)");
        }

        var type = ReadType(node, name, audience);
        var when = ReadWhen(node, name, type);
        var mandatory = ReadMandatory(node, name, type, when);
        var rules = articles.Read(node);
        var categories = ReadCategories(node);
        if (reader.ProblemCount > before || id is null || title is null || type is null)
        {
            return null;
        }

        return new LadderStep(id, title, type, when, mandatory, rules, categories);
    }

    private StepType? ReadType(YamlMappingNode node, string name, LadderAudience audience)
    {
        var code = reader.OptionalString(node, "type");
        if (code is null)
        {
            if (reader.Value(node, "type") is null)
            {
                reader.Problem(node, $"stap '{name}': 'type' ontbreekt (kies uit: {string.Join(", ", StepTypes.CodesFor(audience))})");
            }

            return null;
        }

        var place = reader.Value(node, "type")!;
        if (!StepTypes.TryGet(code, out var type))
        {
            reader.Problem(place, $"onbekend staptype '{code}' (kies uit: {string.Join(", ", StepTypes.CodesFor(audience))})");
            return null;
        }

        if (!type.Audiences.Contains(audience))
        {
            reader.Problem(place, $"staptype '{code}' hoort niet in {audience.Dutch()} (kies uit: {string.Join(", ", StepTypes.CodesFor(audience))})");
            return null;
        }

        if (type.OnlyUnder is { } only && agreement is { } chosen && chosen != only)
        {
            reader.Problem(place, $"'{type.Label}' bestaat niet in {chosen.Dutch()}, alleen in {only.Dutch()}");
            return null;
        }

        return type;
    }

    private StepCondition ReadWhen(YamlMappingNode node, string name, StepType? type)
    {
        var fallback = type?.Trigger ?? StepCondition.Always;
        var code = reader.OptionalString(node, "when");
        if (code is null)
        {
            return fallback;
        }

        var place = reader.Value(node, "when")!;
        if (!LadderCodes.TryParseCondition(code, out var when))
        {
            reader.Problem(place, $"onbekende waarde '{code}' voor 'when' (kies uit: {string.Join(", ", LadderCodes.ConditionCodes)})");
            return fallback;
        }

        if (type?.Trigger is { } trigger && when != trigger)
        {
            reader.Problem(place, $"stap '{name}' van type '{type.Code}' volgt vanzelf uit de situatie: laat 'when' weg of schrijf 'when: {trigger.Code()}'");
        }
        else if (type is { Trigger: null } && !RungConditions.Contains(code))
        {
            var owner = StepTypes.All.First(t => t.Trigger == when);
            reader.Problem(place, $"'when: {code}' hoort alleen bij staptype '{owner.Code}' (kies hier uit: {string.Join(", ", RungConditions)})");
        }

        return when;
    }

    private bool ReadMandatory(YamlMappingNode node, string name, StepType? type, StepCondition when)
    {
        var value = reader.Bool(node, "mandatory");
        if (type?.Trigger is not null)
        {
            if (value == false)
            {
                reader.Problem(reader.Value(node, "mandatory")!, $"stap '{name}' ({type.Label}) is altijd verplicht; laat 'mandatory' weg");
            }

            return true;
        }

        if (value == true && when == StepCondition.Serious)
        {
            reader.Problem(reader.Value(node, "mandatory")!,
                $"stap '{name}': een maatregel 'afhankelijk van de ernst' kan niet verplicht zijn; gebruik 'when: always' of 'when: repetition'");
        }

        return value ?? false;
    }

    private List<IncidentCategory> ReadCategories(YamlMappingNode node)
    {
        var codes = reader.StringList(node, "category");
        var categories = new List<IncidentCategory>(codes.Count);
        for (var i = 0; i < codes.Count; i++)
        {
            if (IncidentCategories.TryParse(codes[i], out var category))
            {
                categories.Add(category);
            }
            else
            {
                reader.Problem(reader.ItemNode(node, "category", i),
                    $"onbekende categorie '{codes[i]}' (kies uit: {string.Join(", ", IncidentCategories.Codes)})");
            }
        }

        return categories;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
