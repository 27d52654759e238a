using System.CommandLine;
using Deelwijs.Cli.Hosting;
using Deelwijs.Core.Checks;

namespace Deelwijs.Cli.Checking;

/// <summary>Turns the situation options of the command line into the defaults of a check request.</summary>
internal static class RequestDefaults
{
    private delegate bool TryParse<T>(string? code, out T value);

    public static CheckRequest From(ParseResult parsed, CheckOptions options)
    {
        var request = new CheckRequest("")
        {
            NegativeThread = parsed.GetValue(options.NegativeThread),
            DuringLesson = parsed.GetValue(options.DuringLesson),
        };

        if (parsed.GetValue(options.Channel) is { } channel)
        {
            request = request with { Channel = Parse<Channel>(channel, "--channel", ContractCodes.TryParseChannel, ContractCodes.ChannelCodes) };
        }

        if (parsed.GetValue(options.Role) is { } role)
        {
            request = request with { Role = Parse<Role>(role, "--role", ContractCodes.TryParseRole, ContractCodes.AuthorRoleCodes) };
        }

        if (parsed.GetValue(options.Context) is { } context)
        {
            request = request with { Context = Parse<PostContext>(context, "--context", ContractCodes.TryParseContext, ContractCodes.ContextCodes) };
        }

        if (parsed.GetValue(options.ReplyTo) is { } replyTo)
        {
            request = request with { ReplyTo = Parse<ReplyTo>(replyTo, "--reply-to", ContractCodes.TryParseReplyTo, ContractCodes.ReplyToCodes) };
        }

        return request;
    }

    private static T Parse<T>(string code, string option, TryParse<T> tryParse, IEnumerable<string> allowed) =>
        tryParse(code, out var value)
            ? value
            : throw new UsageException($"Onbekende waarde '{code}' voor {option}. Kies uit: {string.Join(", ", allowed)}.");
}
