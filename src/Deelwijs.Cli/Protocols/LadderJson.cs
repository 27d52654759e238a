using System.Text.Json;
using Deelwijs.Core.Checks;
using Deelwijs.Core.Incidents;
using Deelwijs.Core.Protocols;

namespace Deelwijs.Cli.Protocols;

/// <summary>The "reporting" and "ladders" objects of 'protocol show --json', with the codes of the protocol file format.</summary>
internal static class LadderJson
{
    public static void Write(Utf8JsonWriter json, Protocol protocol)
    {
        var reporting = protocol.Reporting;
        json.WriteStartObject("reporting");
        json.WriteString("to", reporting.To.Code());
        Strings(json, "also", reporting.AlsoAllowed.Select(r => r.Code()));
        json.WriteBoolean("confidantOnly", reporting.ConfidantOnlyAllowed);
        json.WriteStartArray("routes");
        foreach (var route in reporting.Routes)
        {
            json.WriteStartObject();
            Strings(json, "categories", route.Categories.Select(c => c.Code()));
            json.WriteString("to", route.To.Code());
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Strings(json, "rules", reporting.Rules);
        json.WriteEndObject();

        json.WriteStartObject("ladders");
        if (protocol.Ladders.LabourAgreement is { } cao)
        {
            json.WriteString("labourAgreement", cao.Code());
        }

        foreach (var ladder in new[] { protocol.Ladders.Pupils, protocol.Ladders.Staff })
        {
            json.WriteStartArray(ladder.Audience.Code());
            foreach (var step in ladder.Steps)
            {
                json.WriteStartObject();
                json.WriteString("id", step.Id);
                json.WriteString("title", step.Title);
                json.WriteString("type", step.Type.Code);
                json.WriteString("when", step.When.Code());
                json.WriteBoolean("mandatory", step.Mandatory);
                json.WriteString("source", step.Type.Source);
                Strings(json, "rules", step.Rules);
                Strings(json, "categories", step.Categories.Select(c => c.Code()));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
