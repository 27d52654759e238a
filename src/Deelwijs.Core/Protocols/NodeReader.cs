using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Deelwijs.Core.Protocols;

/// <summary>Typed access to a YAML mapping that records a Dutch problem, with its place, for every bad value.</summary>
internal sealed class NodeReader(string source, List<ProtocolProblem> problems)
{
    public int ProblemCount => problems.Count;

    public void Problem(YamlNode node, string message) =>
        problems.Add(new ProtocolProblem(source, (int)node.Start.Line, (int)node.Start.Column, message));

    public YamlNode? Value(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public string? RequiredString(YamlMappingNode mapping, string key)
    {
        var value = OptionalString(mapping, key);
        if (value is null && Value(mapping, key) is null)
        {
            Problem(mapping, $"'{key}' ontbreekt");
        }

        return value;
    }

    public string? OptionalString(YamlMappingNode mapping, string key)
    {
        var node = Value(mapping, key);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlScalarNode { Value: { } text } || string.IsNullOrWhiteSpace(text))
        {
            Problem(node, $"'{key}' moet een tekst zijn en mag niet leeg zijn");
            return null;
        }

        return text.Trim();
    }

    public DateOnly? Date(YamlMappingNode mapping, string key)
    {
        var node = Value(mapping, key);
        if (node is null || node is YamlScalarNode { Value: null or "" or "~" or "null" })
        {
            return null;
        }

        var text = (node as YamlScalarNode)?.Value;

        // "O" is yyyy-MM-dd read without the culture's collation; the literal format compares its dashes through ICU,
        // whose collator takes longer to build (about 20 ms) than all the rest of reading a protocol.
        if (DateOnly.TryParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Problem(node, $"'{key}' is geen geldige datum: '{text}' (schrijf jjjj-mm-dd, bijvoorbeeld 2024-06-12)");
        return null;
    }

    public YamlMappingNode? Mapping(YamlMappingNode mapping, string key)
    {
        var node = Value(mapping, key);
        if (node is null or YamlMappingNode)
        {
            return (YamlMappingNode?)node;
        }

        Problem(node, $"'{key}' moet een blok met sleutels en waarden zijn");
        return null;
    }

    public YamlSequenceNode? Sequence(YamlMappingNode mapping, string key, bool required)
    {
        var node = Value(mapping, key);
        if (node is YamlSequenceNode sequence)
        {
            return sequence;
        }

        if (node is not null)
        {
            Problem(node, $"'{key}' moet een lijst zijn (regels die met '- ' beginnen)");
        }
        else if (required)
        {
            Problem(mapping, $"'{key}' ontbreekt");
        }

        return null;
    }

    public IReadOnlyList<string> StringList(YamlMappingNode mapping, string key)
    {
        var node = Value(mapping, key);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode { Value: { } single } when !string.IsNullOrWhiteSpace(single):
                return [single.Trim()];
            case YamlSequenceNode sequence:
                var items = new List<string>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text))
                    {
                        items.Add(text.Trim());
                    }
                    else
                    {
                        Problem(item, $"elk item van '{key}' moet een tekst zijn");
                    }
                }

                return items;
            default:
                Problem(node, $"'{key}' moet een lijst van teksten zijn, bijvoorbeeld [staff, pupil]");
                return [];
        }
    }

    /// <summary>A true/false value; null when the key is absent or the value is not a boolean (then a problem is recorded).</summary>
    public bool? Bool(YamlMappingNode mapping, string key)
    {
        var node = Value(mapping, key);
        if (node is null)
        {
            return null;
        }

        var text = (node as YamlScalarNode)?.Value;
        if (string.Equals(text, "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(text, "false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        Problem(node, $"'{key}' moet true of false zijn");
        return null;
    }

    /// <summary>Reports every key of <paramref name="mapping"/> that is not one of <paramref name="allowed"/>, so that a typo is not silently ignored.</summary>
    public void CheckKeys(YamlMappingNode mapping, IReadOnlyCollection<string> allowed, string where)
    {
        foreach (var key in mapping.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name))
            {
                Problem(key, $"onbekende sleutel '{name}' in {where} (kies uit: {string.Join(", ", allowed)})");
            }
        }
    }

    /// <summary>The node of the <paramref name="index"/>-th item of the list under <paramref name="key"/>, for the place of a problem.</summary>
    public YamlNode ItemNode(YamlMappingNode mapping, string key, int index)
    {
        var node = Value(mapping, key);
        return node is YamlSequenceNode sequence && index < sequence.Children.Count ? sequence.Children[index] : node ?? mapping;
    }

    /// <summary>Reports each value of the list under <paramref name="key"/> that is not one of <paramref name="allowed"/>.</summary>
    public void CheckAllowed(YamlMappingNode mapping, string key, IReadOnlyList<string> values, IReadOnlyCollection<string> allowed, string what)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (!allowed.Contains(values[i]))
            {
                Problem(ItemNode(mapping, key, i), $"onbekende {what} '{values[i]}' (kies uit: {string.Join(", ", allowed)})");
            }
        }
    }
}
