using Deelwijs.Core.Protocols;

namespace Deelwijs.Web.Protocols;

/// <summary>Finds the protocol a school adopted: one of the shipped templates, or the school's own YAML file.</summary>
public static class SchoolProtocols
{
    /// <summary>The school's own YAML wins over a template id; throws <see cref="ProtocolFormatException"/> for a broken file.</summary>
    public static Protocol Load(string? protocolId, string? protocolYaml, string schoolName)
    {
        if (!string.IsNullOrWhiteSpace(protocolYaml))
        {
            return ProtocolReader.Parse(protocolYaml, $"protocol van {schoolName}");
        }

        if (protocolId is not null && ProtocolCatalog.TryGet(protocolId, out var template))
        {
            return template;
        }

        throw new InvalidOperationException(
            $"School '{schoolName}' heeft geen protocol: kies een van {string.Join(", ", ProtocolCatalog.Ids)} of laad een eigen protocolbestand.");
    }
}
