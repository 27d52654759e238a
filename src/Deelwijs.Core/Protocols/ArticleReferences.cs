using YamlDotNet.RepresentationModel;

namespace Deelwijs.Core.Protocols;

/// <summary>Reads the <c>articles</c> a ladder or reporting section cites, and reports ids that are not an article of the protocol.</summary>
internal sealed class ArticleReferences(NodeReader reader, string protocolId, IReadOnlySet<string> articles)
{
    /// <summary>The article ids under <c>rules</c>, including those of rules with other problems, so one mistake is reported once.</summary>
    public static HashSet<string> Declared(YamlMappingNode root)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (root.Children.TryGetValue(new YamlScalarNode("rules"), out var rules) && rules is YamlSequenceNode sequence)
        {
            foreach (var rule in sequence.Children.OfType<YamlMappingNode>())
            {
                if (rule.Children.TryGetValue(new YamlScalarNode("id"), out var id) && id is YamlScalarNode { Value: { } text })
                {
                    ids.Add(text.Trim());
                }
            }
        }

        return ids;
    }

    /// <summary>The full rule ids (<c>ssoe/4.4</c>) of the articles listed under <c>articles</c>.</summary>
    public IReadOnlyList<string> Read(YamlMappingNode mapping)
    {
        var listed = reader.StringList(mapping, "articles");
        var ruleIds = new List<string>(listed.Count);
        for (var i = 0; i < listed.Count; i++)
        {
            if (articles.Contains(listed[i]))
            {
                ruleIds.Add($"{protocolId}/{listed[i]}");
            }
            else
            {
                reader.Problem(reader.ItemNode(mapping, "articles", i),
                    $"artikel '{listed[i]}' bestaat niet in dit protocol (gebruik een id uit 'rules', tussen aanhalingstekens)");
            }
        }

        return ruleIds;
    }
}
