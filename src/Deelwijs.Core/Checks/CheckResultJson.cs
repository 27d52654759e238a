using System.Text.Json;

namespace Deelwijs.Core.Checks;

/// <summary>Writes a check result as the contract's JSON (CHECK-CONTRACT.md), the one shape every integration reads.</summary>
public static class CheckResultJson
{
    public static void Write(Utf8JsonWriter writer, CheckResult result, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        if (id is not null)
        {
            writer.WriteString("id", id);
        }

        writer.WriteString("verdict", result.Verdict.Code());
        writer.WriteStartObject("protocol");
        writer.WriteString("id", result.ProtocolId);
        writer.WriteString("version", result.ProtocolVersion);
        writer.WriteEndObject();
        writer.WriteStartArray("findings");
        foreach (var finding in result.Findings)
        {
            WriteFinding(writer, finding);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("reminders");
        foreach (var reminder in result.Reminders)
        {
            writer.WriteStartObject();
            writer.WriteString("rule", reminder.Rule);
            writer.WriteString("message", reminder.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The result line for a batch line that could not be checked.</summary>
    public static void WriteError(Utf8JsonWriter writer, string? id, string error)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        if (id is null)
        {
            writer.WriteNull("id");
        }
        else
        {
            writer.WriteString("id", id);
        }

        writer.WriteString("error", error);
        writer.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter writer, Finding finding)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", finding.Kind);
        writer.WriteString("action", finding.Action.Code());
        writer.WriteStartArray("rules");
        foreach (var rule in finding.Rules)
        {
            writer.WriteStringValue(rule);
        }

        writer.WriteEndArray();
        if (finding.Start is { } start)
        {
            writer.WriteNumber("start", start);
            writer.WriteNumber("length", finding.Length ?? 0);
            writer.WriteString("excerpt", finding.Excerpt);
        }

        writer.WriteString("message", finding.Message);
        writer.WriteString("suggestion", finding.Suggestion);
        writer.WriteEndObject();
    }
}
