using Deelwijs.Core.Checks;
using Deelwijs.Core.Incidents;
using YamlDotNet.RepresentationModel;

namespace Deelwijs.Core.Protocols;

/// <summary>Reads the <c>reporting</c> section of a protocol file: who hears of an incident report first.</summary>
internal static class ReportingReader
{
    private static readonly string[] Keys = ["to", "also", "confidant-only", "routes", "articles"];
    private static readonly string[] RouteKeys = ["category", "to"];

    public static ReportingRules Read(NodeReader reader, YamlMappingNode root, ArticleReferences articles)
    {
        if (reader.Value(root, "reporting") is null)
        {
            return ReportingRules.Default;
        }

        var section = reader.Mapping(root, "reporting");
        if (section is null)
        {
            return ReportingRules.Default;
        }

        reader.CheckKeys(section, Keys, "'reporting'");
        var to = Recipient(reader, section, "to", required: true) ?? Role.Manager;
        var also = new List<Role>();
        var alsoCodes = reader.StringList(section, "also");
        for (var i = 0; i < alsoCodes.Count; i++)
        {
            if (Parse(alsoCodes[i]) is { } role)
            {
                also.Add(role);
            }
            else
            {
                reader.Problem(reader.ItemNode(section, "also", i), UnknownRecipient(alsoCodes[i]));
            }
        }

        var confidantOnly = reader.Bool(section, "confidant-only") ?? true;
        var routes = ReadRoutes(reader, section);
        return new ReportingRules(to, also, confidantOnly, routes, articles.Read(section));
    }

    private static List<ReportRoute> ReadRoutes(NodeReader reader, YamlMappingNode section)
    {
        var routes = new List<ReportRoute>();
        foreach (var node in reader.Sequence(section, "routes", required: false)?.Children ?? [])
        {
            if (node is not YamlMappingNode route)
            {
                reader.Problem(node, "een route is een blok met 'category' (een lijst) en 'to'");
                continue;
            }

            reader.CheckKeys(route, RouteKeys, "een route");
            var codes = reader.StringList(route, "category");
            if (codes.Count == 0)
            {
                reader.Problem(route, "een route heeft een 'category' nodig, bijvoorbeeld [staff-breach]");
            }

            var categories = new List<IncidentCategory>();
            for (var i = 0; i < codes.Count; i++)
            {
                if (IncidentCategories.TryParse(codes[i], out var category))
                {
                    categories.Add(category);
                }
                else
                {
                    reader.Problem(reader.ItemNode(route, "category", i),
                        $"onbekende categorie '{codes[i]}' (kies uit: {string.Join(", ", IncidentCategories.Codes)})");
                }
            }

            if (Recipient(reader, route, "to", required: true) is { } to && categories.Count == codes.Count && codes.Count > 0)
            {
                routes.Add(new ReportRoute(categories, to));
            }
        }

        return routes;
    }

    private static Role? Recipient(NodeReader reader, YamlMappingNode mapping, string key, bool required)
    {
        var code = required ? reader.RequiredString(mapping, key) : reader.OptionalString(mapping, key);
        if (code is null)
        {
            return null;
        }

        if (Parse(code) is { } role)
        {
            return role;
        }

        reader.Problem(reader.Value(mapping, key)!, UnknownRecipient(code));
        return null;
    }

    private static Role? Parse(string code) =>
        ContractCodes.TryParseRole(code, out var role) && ReportingRules.Recipients.Contains(role) ? role : null;

    private static string UnknownRecipient(string code) =>
        $"een melding kan niet naar '{code}' (kies uit: {string.Join(", ", ReportingRules.Recipients.Select(r => r.Code()))})";
}
