using Deelwijs.Cli.Hosting;
using Deelwijs.Core.Protocols;

namespace Deelwijs.Cli.Protocols;

/// <summary>Finds a protocol by the id of a template that ships, or reads a school's own protocol file.</summary>
internal static class ProtocolSource
{
    public static Protocol Load(string idOrPath)
    {
        if (ProtocolCatalog.TryGet(idOrPath, out var template))
        {
            return template;
        }

        if (!LooksLikePath(idOrPath))
        {
            throw new UsageException(
                $"Onbekend protocol '{idOrPath}'. Kies uit: {string.Join(", ", ProtocolCatalog.Ids)}, of geef het pad naar een eigen protocolbestand (.yaml).");
        }

        var yaml = ReadFile(idOrPath);
        try
        {
            return ProtocolReader.Parse(yaml, idOrPath);
        }
        catch (ProtocolFormatException e)
        {
            throw new UsageException(
                $"Het protocolbestand '{idOrPath}' bevat fouten:{Environment.NewLine}{string.Join(Environment.NewLine, e.Problems.Select(p => $"  {p}"))}");
        }
    }

    public static string ReadFile(string path)
    {
        using var stream = FileErrors.OpenRead(path);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static bool LooksLikePath(string value) =>
        value.Contains('/', StringComparison.Ordinal) || value.Contains('\\', StringComparison.Ordinal)
        || value.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || value.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
        || File.Exists(value);
}
