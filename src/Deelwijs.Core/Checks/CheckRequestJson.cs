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
            var channel = defaults.Channel;
            var role = defaults.Role;
            var context = defaults.Context;
            var replyTo = defaults.ReplyTo;
            var negativeThread = defaults.NegativeThread;
            var duringLesson = defaults.DuringLesson;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                // Comparing the raw UTF-8 name avoids allocating a string per property on the batch path.
                if (reader.ValueTextEquals("text"u8))
                {
                    reader.Read();
                    text = ExpectString(ref reader, "text");
                }
                else if (reader.ValueTextEquals("id"u8))
                {
                    reader.Read();
                    id = reader.TokenType == JsonTokenType.String ? reader.GetString() : RawValue(ref reader, json);
                }
                else if (reader.ValueTextEquals("channel"u8))
                {
                    reader.Read();
                    channel = Parse<Channel>(ExpectString(ref reader, "channel"), "channel", ContractCodes.TryParseChannel, ContractCodes.ChannelCodes);
                }
                else if (reader.ValueTextEquals("role"u8))
                {
                    reader.Read();
                    role = Parse<Role>(ExpectString(ref reader, "role"), "role", ContractCodes.TryParseRole, ContractCodes.AuthorRoleCodes);
                }
                else if (reader.ValueTextEquals("context"u8))
                {
                    reader.Read();
                    context = Parse<PostContext>(ExpectString(ref reader, "context"), "context", ContractCodes.TryParseContext, ContractCodes.ContextCodes);
                }
                else if (reader.ValueTextEquals("replyTo"u8))
                {
                    reader.Read();
                    replyTo = reader.TokenType == JsonTokenType.Null
                        ? ReplyTo.None
                        : Parse<ReplyTo>(ExpectString(ref reader, "replyTo"), "replyTo", ContractCodes.TryParseReplyTo, ContractCodes.ReplyToCodes);
                }
                else if (reader.ValueTextEquals("negativeThread"u8))
                {
                    reader.Read();
                    negativeThread = ExpectBool(ref reader, "negativeThread");
                }
                else if (reader.ValueTextEquals("duringLesson"u8))
                {
                    reader.Read();
                    duringLesson = ExpectBool(ref reader, "duringLesson");
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            if (text is null)
            {
                error = "Het veld \"text\" ontbreekt: zet de tekst van het bericht in \"text\".";
                return false;
            }

            request = new CheckRequest(text)
            {
                Channel = channel, Role = role, Context = context, ReplyTo = replyTo,
                NegativeThread = negativeThread, DuringLesson = duringLesson,
            };
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
