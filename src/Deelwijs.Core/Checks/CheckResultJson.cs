using System.Text.Encodings.Web;
using System.Text.Json;

namespace Deelwijs.Core.Checks;

/// <summary>Writes a check result as the contract's JSON (CHECK-CONTRACT.md), the one shape every integration reads.</summary>
public static class CheckResultJson
{
    // Encoded once: writing a name from a string would check it for characters to escape on every line of a batch.
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText VerdictName = JsonEncodedText.Encode("verdict");
    private static readonly JsonEncodedText ProtocolName = JsonEncodedText.Encode("protocol");
    private static readonly JsonEncodedText VersionName = JsonEncodedText.Encode("version");
    private static readonly JsonEncodedText FindingsName = JsonEncodedText.Encode("findings");
    private static readonly JsonEncodedText RemindersName = JsonEncodedText.Encode("reminders");
    private static readonly JsonEncodedText RuleName = JsonEncodedText.Encode("rule");
    private static readonly JsonEncodedText MessageName = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText ErrorName = JsonEncodedText.Encode("error");
    private static readonly JsonEncodedText LineName = JsonEncodedText.Encode("line");
    private static readonly JsonEncodedText KindName = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText ActionName = JsonEncodedText.Encode("action");
    private static readonly JsonEncodedText RulesName = JsonEncodedText.Encode("rules");
    private static readonly JsonEncodedText StartName = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText LengthName = JsonEncodedText.Encode("length");
    private static readonly JsonEncodedText ExcerptName = JsonEncodedText.Encode("excerpt");
    private static readonly JsonEncodedText SuggestionName = JsonEncodedText.Encode("suggestion");

    // Indexed by the verdict's value (0-3).
    private static readonly JsonEncodedText[] VerdictCodes = [.. Enum.GetValues<Verdict>().Order().Select(v => JsonEncodedText.Encode(v.Code()))];

    // A batch writes the same protocol on every line: its id and version are encoded once, not once per line.
    // Relaxed like the batch's writer, so a version with "é" or "–" reads the same as before; any encoder reads it.
    private static readonly JavaScriptEncoder Relaxed = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    private static EncodedProtocol? lastProtocol;

    public static void Write(Utf8JsonWriter writer, CheckResult result, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        if (id is not null)
        {
            writer.WriteString(IdName, id);
        }

        writer.WriteString(VerdictName, VerdictCodes[(int)result.Verdict]);
        var protocol = EncodedProtocol.For(ref lastProtocol, result);
        writer.WriteStartObject(ProtocolName);
        writer.WriteString(IdName, protocol.EncodedId);
        writer.WriteString(VersionName, protocol.EncodedVersion);
        writer.WriteEndObject();
        writer.WriteStartArray(FindingsName);
        foreach (var finding in result.Findings)
        {
            WriteFinding(writer, finding);
        }

        writer.WriteEndArray();
        writer.WriteStartArray(RemindersName);
        foreach (var reminder in result.Reminders)
        {
            writer.WriteStartObject();
            writer.WriteString(RuleName, reminder.Rule);
            writer.WriteString(MessageName, reminder.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The result line for a batch line that could not be checked; <paramref name="line"/> is its line number in the input.</summary>
    public static void WriteError(Utf8JsonWriter writer, string? id, string error, int line)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        if (id is null)
        {
            writer.WriteNull(IdName);
        }
        else
        {
            writer.WriteString(IdName, id);
        }

        writer.WriteNumber(LineName, line);
        writer.WriteString(ErrorName, error);
        writer.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter writer, Finding finding)
    {
        writer.WriteStartObject();
        writer.WriteString(KindName, finding.Kind);
        writer.WriteString(ActionName, finding.Action.Code());
        writer.WriteStartArray(RulesName);
        foreach (var rule in finding.Rules)
        {
            writer.WriteStringValue(rule);
        }

        writer.WriteEndArray();
        if (finding.Start is { } start)
        {
            writer.WriteNumber(StartName, start);
            writer.WriteNumber(LengthName, finding.Length ?? 0);
            writer.WriteString(ExcerptName, finding.Excerpt);
        }

        writer.WriteString(MessageName, finding.Message);
        writer.WriteString(SuggestionName, finding.Suggestion);
        writer.WriteEndObject();
    }

    private sealed record EncodedProtocol(string Id, string Version, JsonEncodedText EncodedId, JsonEncodedText EncodedVersion)
    {
        /// <summary>The encoding in <paramref name="last"/> when it is of the same strings, otherwise a new one that replaces it.</summary>
        public static EncodedProtocol For(ref EncodedProtocol? last, CheckResult result)
        {
            var current = last;
            if (current is null || !ReferenceEquals(current.Id, result.ProtocolId) || !ReferenceEquals(current.Version, result.ProtocolVersion))
            {
                current = new EncodedProtocol(result.ProtocolId, result.ProtocolVersion,
                    JsonEncodedText.Encode(result.ProtocolId, Relaxed), JsonEncodedText.Encode(result.ProtocolVersion, Relaxed));
                last = current;
            }

            return current;
        }
    }
}
