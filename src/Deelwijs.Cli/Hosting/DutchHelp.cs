using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Deelwijs.Cli.Hosting;

/// <summary>Prints help in Dutch: the command, its arguments, options and subcommands with their Dutch descriptions.</summary>
internal sealed class DutchHelp : SynchronousCommandLineAction
{
    public static void Install(Command command)
    {
        foreach (var option in command.Options.OfType<HelpOption>())
        {
            option.Action = new DutchHelp();
            option.Description = "Toon deze uitleg";
        }

        foreach (var option in command.Options.OfType<VersionOption>())
        {
            option.Description = "Toon de versie";
        }

        foreach (var sub in command.Subcommands)
        {
            sub.Options.Add(new HelpOption { Action = new DutchHelp(), Description = "Toon deze uitleg" });
            Install(sub);
        }
    }

    public override int Invoke(ParseResult parseResult)
    {
        var command = parseResult.CommandResult.Command;
        var output = parseResult.InvocationConfiguration.Output;
        var path = string.Join(' ', Ancestors(parseResult.CommandResult).Reverse());
        output.WriteLine(command.Description);
        output.WriteLine();
        var usage = command.Subcommands.Count > 0 ? $"{path} <opdracht>" : $"{path} [opties]";
        foreach (var argument in command.Arguments)
        {
            usage += $" [{argument.Name}]";
        }

        output.WriteLine($"Gebruik: {usage}");
        Section(output, "Opdrachten:", command.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name, c.Description)));
        Section(output, "Argumenten:", command.Arguments.Select(a => ($"<{a.Name}>", a.Description)));
        Section(output, "Opties:", command.Options.Where(o => !o.Hidden).Select(o => (Label(o), o.Description)));
        return ExitCodes.Ok;
    }

    private static string Label(Option option) =>
        option.ValueType == typeof(bool) || option.Arity.MaximumNumberOfValues == 0
            ? option.Name
            : $"{option.Name} <{option.HelpName ?? "waarde"}>";

    private static void Section(TextWriter output, string title, IEnumerable<(string Name, string? Description)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(title);
        var width = list.Max(r => r.Name.Length) + 2;
        foreach (var (name, description) in list)
        {
            output.WriteLine($"  {name.PadRight(width)}{description}");
        }
    }

    private static IEnumerable<string> Ancestors(System.CommandLine.Parsing.CommandResult? result)
    {
        for (var current = result; current is not null; current = current.Parent as System.CommandLine.Parsing.CommandResult)
        {
            yield return current.Command.Name;
        }
    }
}
