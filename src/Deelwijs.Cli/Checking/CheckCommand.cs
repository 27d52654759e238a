using System.CommandLine;
using System.Text;
using System.Text.Json;
using Deelwijs.Cli.Hosting;
using Deelwijs.Core.Checks;

namespace Deelwijs.Cli.Checking;

/// <summary>'deelwijs check': checks one draft (argument, --file or standard input) or a batch of drafts.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var options = new CheckOptions();
        var command = new Command("check", "Controleer een bericht: mag dit online?");
        options.AddTo(command);
        command.SetAction(result => Run(result, options));
        return command;
    }

    private static int Run(ParseResult parsed, CheckOptions options)
    {
        RejectUnknownOptions(parsed, options);
        var defaults = RequestDefaults.From(parsed, options);
        var roster = EngineFactory.LoadRoster(parsed.GetValue(options.Roster));
        var engine = EngineFactory.Create(parsed.GetValue(options.Protocol), roster, parsed.GetValue(options.SchoolName) ?? []);
        var media = MediaInput.From(parsed, options, roster);

        if (parsed.GetValue(options.Batch) is { } batch)
        {
            if (media.Media.Count > 0 || media.Depicted.Count > 0)
            {
                throw new UsageException("--media en --depicts gelden voor één bericht; bij --batch kunnen ze niet.");
            }

            var workers = parsed.GetValue(options.Workers) ?? Environment.ProcessorCount;
            if (workers < 1)
            {
                throw new UsageException("--workers moet 1 of meer zijn.");
            }

            using var input = batch == "-" ? Console.OpenStandardInput() : FileErrors.OpenRead(batch);
            using var output = new BufferedStream(Console.OpenStandardOutput(), 1 << 16);
            var summary = new BatchRunner(engine, defaults, workers).Run(input, output);
            if (summary.ErrorLines.Count > 0)
            {
                Console.Error.WriteLine(BatchSummaryText.Describe(summary));
            }

            return ExitCodes.Ok;
        }

        var text = TextInput.Read(parsed.GetValue(options.File), parsed.GetValue(options.Text) ?? []);
        var request = defaults with { Text = text, Media = media.Media, Depicted = media.Depicted, Consents = media.Consents };
        var result = engine.Check(request);
        if (parsed.GetValue(options.Json))
        {
            using var stdout = Console.OpenStandardOutput();
            using (var writer = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                CheckResultJson.Write(writer, result);
            }

            stdout.Write("\n"u8);
        }
        else
        {
            var color = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
            HumanReport.Write(Console.Out, text, result, engine.Protocol, color);
        }

        return ExitCodes.For(result.Verdict);
    }

    // Text words are free arguments, so a mistyped option would otherwise be checked as text; after '--' it is text.
    private static void RejectUnknownOptions(ParseResult parsed, CheckOptions options)
    {
        if (parsed.Tokens.Any(t => t.Type == System.CommandLine.Parsing.TokenType.DoubleDash))
        {
            return;
        }

        var unknown = parsed.GetResult(options.Text)?.Tokens.FirstOrDefault(t => t.Value.Length > 1 && t.Value.StartsWith('-'));
        if (unknown is not null)
        {
            throw new UsageException($"Onbekende optie '{unknown.Value}'. Bekijk de mogelijkheden met 'deelwijs check --help'; tekst die met '-' begint zet je na '--'.");
        }
    }
}
