using System.Text.Json;
using Deelwijs.Core.Protocols;

namespace Deelwijs.Cli.Protocols;

/// <summary>Writes 'protocol show --json': the protocol's id, version, dates and every rule.</summary>
internal static class ProtocolJson
{
    public static void Write(Protocol protocol)
    {
        using var stdout = Console.OpenStandardOutput();
        using (var json = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("id", protocol.Id);
            json.WriteString("name", protocol.Name);
            json.WriteString("organisation", protocol.Organisation);
            json.WriteString("version", protocol.Version);
            WriteDate(json, "adoptedByManagement", protocol.Dates.AdoptedByManagement);
            WriteDate(json, "adoptedByGmr", protocol.Dates.AdoptedByGmr);
            WriteDate(json, "evaluation", protocol.Dates.Evaluation);
            json.WriteStartArray("rules");
            foreach (var rule in protocol.Rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("summary", rule.Summary);
                json.WriteString("enforcement", ProtocolLabels.Code(rule.Enforcement));
                json.WriteStartArray("audience");
                rule.Audience.ToList().ForEach(json.WriteStringValue);
                json.WriteEndArray();
                json.WriteString("context", rule.Context.ToString().ToLowerInvariant());
                if (rule.Workflow is not null)
                {
                    json.WriteString("workflow", rule.Workflow);
                }

                if (rule.Checks.Count > 0)
                {
                    json.WriteStartObject("checks");
                    foreach (var (kind, action) in rule.Checks)
                    {
                        json.WriteString(kind, Core.Checks.ContractCodes.Code(action));
                    }

                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            LadderJson.Write(json, protocol);
            json.WriteEndObject();
        }

        stdout.Write("\n"u8);
    }

    private static void WriteDate(Utf8JsonWriter json, string name, DateOnly? date)
    {
        if (date is { } value)
        {
            json.WriteString(name, value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
