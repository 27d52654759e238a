using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace Deelwijs.Cli.Hosting;

/// <summary>Turns System.CommandLine's parse errors (which have no Dutch translation) into Dutch messages.</summary>
internal static partial class DutchParseErrors
{
    public static string Describe(ParseError error)
    {
        var message = error.Message;
        if (Unrecognized().Match(message) is { Success: true } unknown)
        {
            var token = unknown.Groups[1].Value;
            return token.StartsWith('-')
                ? $"Onbekende optie '{token}'. Bekijk de mogelijkheden met 'deelwijs --help'."
                : $"Onbekend argument '{token}'. Zet tekst met spaties tussen aanhalingstekens, of na '--'.";
        }

        if (MissingValue().Match(message) is { Success: true } missing)
        {
            return $"Bij de optie '{missing.Groups[1].Value}' hoort een waarde.";
        }

        if (ExpectsOne().Match(message) is { Success: true } once)
        {
            return $"De optie '{once.Groups[1].Value}' mag maar één waarde hebben.";
        }

        if (error.SymbolResult is CommandResult { Command: var command } && command.Subcommands.Count > 0)
        {
            return $"Kies wat '{command.Name}' moet doen: {string.Join(", ", command.Subcommands.Select(c => c.Name))}.";
        }

        return $"De opdracht klopt niet ({message}). Bekijk de mogelijkheden met 'deelwijs --help'.";
    }

    [GeneratedRegex("Unrecognized command or argument '(.+)'", RegexOptions.CultureInvariant)]
    private static partial Regex Unrecognized();

    [GeneratedRegex("Required argument missing for option: '(.+)'", RegexOptions.CultureInvariant)]
    private static partial Regex MissingValue();

    [GeneratedRegex("Option '(.+)' expects a single argument", RegexOptions.CultureInvariant)]
    private static partial Regex ExpectsOne();
}
