using System.CommandLine;
using System.Text;
using Deelwijs.Cli.Bench;
using Deelwijs.Cli.Checking;
using Deelwijs.Cli.Protocols;
using Deelwijs.Core.Engine;

namespace Deelwijs.Cli.Hosting;

/// <summary>The 'deelwijs' command: wires the subcommands and maps every error to a Dutch message and exit code 2.</summary>
internal static class CliApp
{
    public static int Run(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        Console.InputEncoding = new UTF8Encoding(false);
        var root = new RootCommand("Deelwijs: controleer berichten voor sociale media aan het protocol van je school.");
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(ProtocolCommands.Create());
        root.Subcommands.Add(Media.MediaCommands.Create());
        root.Subcommands.Add(BenchCommand.Create());
        DutchHelp.Install(root);

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                Console.Error.WriteLine(DutchParseErrors.Describe(error));
            }

            return ExitCodes.UsageError;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is UsageException or CheckInputException)
        {
            Console.Error.WriteLine(e.Message);
            return ExitCodes.UsageError;
        }
    }
}
