using System.Globalization;
using System.Text.RegularExpressions;
using Deelwijs.Core.Checks;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Deelwijs.Core.Protocols;

/// <summary>Reads a protocol from its YAML text (docs/protocol-format.md) and reports every problem with line and column.</summary>
public static partial class ProtocolReader
{
    private static readonly string[] Audiences =
        ["staff", "manager", "director", "board", "office", "communications", "privacy-officer", "confidant", "ict", "pupil", "parent"];

    private static readonly string[] Workflows =
        ["consent", "approval", "incident", "sanction", "monitoring", "communication", "accounts"];

    public static Protocol Parse(string yaml, string source)
    {
        var problems = new List<ProtocolProblem>();
        var protocol = TryParse(yaml, source, problems);
        if (problems.Count > 0 || protocol is null)
        {
            throw new ProtocolFormatException(problems);
        }

        return protocol;
    }

    /// <summary>Every problem in the file; empty when the protocol is valid.</summary>
    public static IReadOnlyList<ProtocolProblem> Validate(string yaml, string source)
    {
        var problems = new List<ProtocolProblem>();
        TryParse(yaml, source, problems);
        return problems;
    }

    private static Protocol? TryParse(string yaml, string source, List<ProtocolProblem> problems)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            problems.Add(new(source, (int)e.Start.Line, (int)e.Start.Column,
                "dit is geen geldige YAML: controleer de inspringing, dubbele punten en aanhalingstekens rond deze plek"));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            problems.Add(new(source, 1, 1, "het bestand is leeg of bevat geen protocol (verwacht: id, name, rules, ...)"));
            return null;
        }

        var reader = new NodeReader(source, problems);
        var id = reader.RequiredString(root, "id");
        if (id is not null && !IdPattern().IsMatch(id))
        {
            reader.Problem(root.Children[new YamlScalarNode("id")], $"ongeldige id '{id}': gebruik kleine letters, cijfers en '-'");
        }

        var name = reader.RequiredString(root, "name");
        var organisation = reader.RequiredString(root, "organisation");
        var version = reader.RequiredString(root, "version");
        var adopted = reader.Mapping(root, "adopted");
        var dates = new ProtocolDates(
            adopted is null ? null : reader.Date(adopted, "management"),
            adopted is null ? null : reader.Date(adopted, "gmr"),
            reader.Date(root, "evaluation"));
        var schools = ReadSchools(reader, root);
        var accounts = ReadAccounts(reader, root);
        var rules = ReadRules(reader, root, id ?? "protocol");
        var articles = new ArticleReferences(reader, id ?? "protocol", ArticleReferences.Declared(root));
        var reporting = ReportingReader.Read(reader, root, articles);
        var ladders = LadderReader.Read(reader, root, articles);

        return problems.Count == 0
            ? new Protocol(id!, name!, organisation!, version!, dates, schools, accounts, rules) { Ladders = ladders, Reporting = reporting }
            : null;
    }

    private static List<SchoolNames> ReadSchools(NodeReader reader, YamlMappingNode root)
    {
        var schools = new List<SchoolNames>();
        var sequence = reader.Sequence(root, "schools", required: true);
        foreach (var node in sequence?.Children ?? [])
        {
            if (node is not YamlMappingNode school)
            {
                reader.Problem(node, "een school heeft 'name' en eventueel 'aliases'");
                continue;
            }

            var schoolName = reader.RequiredString(school, "name");
            var aliases = reader.StringList(school, "aliases");
            if (schoolName is not null)
            {
                schools.Add(new SchoolNames(schoolName, aliases));
            }
        }

        return schools;
    }

    private static Dictionary<Channel, IReadOnlyList<string>> ReadAccounts(NodeReader reader, YamlMappingNode root)
    {
        var accounts = new Dictionary<Channel, IReadOnlyList<string>>();
        var mapping = reader.Mapping(root, "accounts");
        foreach (var key in mapping?.Children.Keys ?? Enumerable.Empty<YamlNode>())
        {
            var code = ((YamlScalarNode)key).Value;
            if (!ContractCodes.TryParseChannel(code, out var channel) || channel == Channel.PrivateAccount)
            {
                reader.Problem(key, $"onbekend account '{code}' (kies uit: {string.Join(", ", ContractCodes.ChannelCodes.Skip(1))})");
                continue;
            }

            var roles = reader.StringList(mapping!, code!);
            reader.CheckAllowed(mapping!, code!, roles, Audiences, "rol");
            accounts[channel] = roles;
        }

        return accounts;
    }

    private static List<ProtocolRule> ReadRules(NodeReader reader, YamlMappingNode root, string protocolId)
    {
        var rules = new List<ProtocolRule>();
        var seen = new Dictionary<string, Mark>(StringComparer.Ordinal);
        var sequence = reader.Sequence(root, "rules", required: true);
        foreach (var node in sequence?.Children ?? [])
        {
            if (node is not YamlMappingNode mapping)
            {
                reader.Problem(node, "een regel is een blok met id, summary, audience, context, modality en enforcement");
                continue;
            }

            if ((reader.Value(mapping, "id") as YamlScalarNode)?.Value is { } article)
            {
                if (seen.TryGetValue(article, out var first))
                {
                    reader.Problem(mapping, $"artikel '{article}' komt twee keer voor (eerder op regel {first.Line})");
                    continue;
                }

                seen[article] = mapping.Start;
            }

            if (RuleReader.Read(reader, mapping, protocolId, Audiences, Workflows) is { } rule)
            {
                rules.Add(rule);
            }
        }

        return rules;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
