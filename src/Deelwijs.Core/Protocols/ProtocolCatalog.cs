using System.Collections.Frozen;
using System.Reflection;

namespace Deelwijs.Core.Protocols;

/// <summary>The five seed protocols that ship inside Deelwijs as templates.</summary>
public static class ProtocolCatalog
{
    public static readonly IReadOnlyList<string> Ids = ["johan-de-witt", "konot", "ssoe", "asko", "de-regenboog"];

    // Each template is parsed on first use only: a check with one protocol should not pay for reading all five.
    private static readonly FrozenDictionary<string, Lazy<Protocol>> Templates = Ids.ToFrozenDictionary(
        id => id, id => new Lazy<Protocol>(() => ProtocolReader.Parse(ReadYaml(id), $"{id}.yaml")), StringComparer.Ordinal);

    public static IReadOnlyCollection<Protocol> All => Ids.Select(id => Templates[id].Value).ToList();

    public static bool TryGet(string id, out Protocol protocol)
    {
        if (Templates.TryGetValue(id, out var template))
        {
            protocol = template.Value;
            return true;
        }

        protocol = null!;
        return false;
    }

    /// <summary>The YAML text of a template, for a school that wants to adapt it.</summary>
    public static string ReadYaml(string id)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Deelwijs.Protocols.{id}.yaml")
            ?? throw new KeyNotFoundException($"Protocol '{id}' zit niet in Deelwijs.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
