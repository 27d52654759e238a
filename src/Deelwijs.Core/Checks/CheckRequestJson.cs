using System.Text.Json;

namespace Deelwijs.Core.Checks;

/// <summary>
/// Reads a draft in the contract's batch-line shape: {"id", "text", "channel", "role", "context", "replyTo",
/// "negativeThread", "duringLesson"}; fields that are absent take the given defaults.
/// </summary>
public static class CheckRequestJson
{
    /// <summary>Parses one JSON object; on failure returns false with a Dutch error and, when it could be read, the id.</summary>
    public static bool TryParse(ReadOnlySpan<byte> json, CheckRequest defaults, out CheckRequest request, out string? id, out string? error)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        request = defaults;
        id = null;
        error = null;
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Skip });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                error = "Deze regel is geen JSON-object; verwacht bijvoorbeeld {\"id\": \"1\", \"text\": \"...\"}.";
                return false;
            }

            string? text = null;
            var result = defaults;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                reader.Read();
                switch (name)
                {
                    case "id":
                        id = reader.TokenType == JsonTokenType.String ? reader.GetString() : RawValue(ref reader, json);
                        break;
                    case "text":
                        text = ExpectString(ref reader, name);
                        break;
                    case "channel":
                        result = result with { Channel = Parse<Channel>(ExpectString(ref reader, name), name, ContractCodes.TryParseChannel, ContractCodes.ChannelCodes) };
                        break;
                    case "role":
                        result = result with { Role = Parse<Role>(ExpectString(ref reader, name), name, ContractCodes.TryParseRole, ContractCodes.AuthorRoleCodes) };
                        break;
                    case "context":
                        result = result with { Context = (PostContext?)Parse<PostContext>(ExpectString(ref reader, name), name, ContractCodes.TryParseContext, ContractCodes.ContextCodes) };
                        break;
                    case "replyTo":
                        result = result with { ReplyTo = reader.TokenType == JsonTokenType.Null ? ReplyTo.None : Parse<ReplyTo>(ExpectString(ref reader, name), name, ContractCodes.TryParseReplyTo, ContractCodes.ReplyToCodes) };
                        break;
                    case "negativeThread":
                        result = result with { NegativeThread = ExpectBool(ref reader, name) };
                        break;
                    case "duringLesson":
                        result = result with { DuringLesson = ExpectBool(ref reader, name) };
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }

            if (text is null)
            {
                error = "Het veld \"text\" ontbreekt: zet de tekst van het bericht in \"text\".";
                return false;
            }

            request = result with { Text = text };
            return true;
        }
        catch (JsonException)
        {
            error = "Deze regel is geen geldige JSON (controleer aanhalingstekens, komma's en haakjes).";
            return false;
        }
        catch (FormatException e)
        {
            error = e.Message;
            return false;
        }
    }

    private delegate bool TryParseCode<T>(string? code, out T value);

    private static T Parse<T>(string code, string field, TryParseCode<T> tryParse, IEnumerable<string> allowed) =>
        tryParse(code, out var value)
            ? value
            : throw new FormatException($"Onbekende waarde \"{code}\" voor \"{field}\"; kies uit: {string.Join(", ", allowed)}.");

    private static string ExpectString(ref Utf8JsonReader reader, string field) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : throw new FormatException($"Het veld \"{field}\" moet een tekst zijn (tussen aanhalingstekens).");

    private static bool ExpectBool(ref Utf8JsonReader reader, string field) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw new FormatException($"Het veld \"{field}\" moet true of false zijn."),
    };

    private static string RawValue(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        return System.Text.Encoding.UTF8.GetString(json[start..(int)(reader.BytesConsumed)]);
    }
}
