using System.Collections.Frozen;
using System.Reflection;

namespace Deelwijs.Core.Protocols;

/// <summary>The five seed protocols that ship inside Deelwijs as templates.</summary>
public static class ProtocolCatalog
{
    public static readonly IReadOnlyList<string> Ids = ["johan-de-witt", "konot", "ssoe", "asko", "de-regenboog"];

    private static readonly Lazy<FrozenDictionary<string, Protocol>> Templates = new(LoadAll);

    public static IReadOnlyCollection<Protocol> All => Ids.Select(id => Templates.Value[id]).ToList();

    public static bool TryGet(string id, out Protocol protocol) =>
        Templates.Value.TryGetValue(id, out protocol!);

    /// <summary>The YAML text of a template, for a school that wants to adapt it.</summary>
    public static string ReadYaml(string id)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Deelwijs.Protocols.{id}.yaml")
            ?? throw new KeyNotFoundException($"Protocol '{id}' zit niet in Deelwijs.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static FrozenDictionary<string, Protocol> LoadAll() =>
        Ids.ToFrozenDictionary(id => id, id => ProtocolReader.Parse(ReadYaml(id), $"{id}.yaml"), StringComparer.Ordinal);
}
