using System.CommandLine;
using System.Text.Json;
using Deelwijs.Cli.Hosting;
using Deelwijs.Core.Protocols;

namespace Deelwijs.Cli.Protocols;

/// <summary>'deelwijs protocol list|show|validate|coverage'.</summary>
internal static class ProtocolCommands
{
    public static Command Create()
    {
        var command = new Command("protocol", "Bekijk en controleer protocollen");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Show());
        command.Subcommands.Add(Validate());
        command.Subcommands.Add(Coverage());
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "De protocollen die in Deelwijs zitten, met versie en data");
        command.SetAction(_ =>
        {
            foreach (var protocol in ProtocolCatalog.All)
            {
                Console.WriteLine($"{protocol.Id,-14} {protocol.Organisation}");
                Console.WriteLine($"{"",-14} versie {protocol.Version}; vastgesteld {ProtocolLabels.Date(protocol.Dates.AdoptedByManagement)}; "
                    + $"(G)MR {ProtocolLabels.Date(protocol.Dates.AdoptedByGmr)}; evaluatie {ProtocolLabels.Date(protocol.Dates.Evaluation)}; {protocol.Rules.Count} artikelen");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show()
    {
        var protocolArgument = new Argument<string>("protocol") { Description = "Id van een protocol of pad naar een protocolbestand" };
        var json = new Option<bool>("--json") { Description = "Als JSON" };
        var command = new Command("show", "Alle artikelen: samenvatting, voor wie, en hoe Deelwijs ze uitvoert") { protocolArgument, json };
        command.SetAction(parsed =>
        {
            var protocol = ProtocolSource.Load(parsed.GetValue(protocolArgument)!);
            if (parsed.GetValue(json))
            {
                ProtocolJson.Write(protocol);
                return ExitCodes.Ok;
            }

            Console.WriteLine($"{protocol.Name} ({protocol.Organisation})");
            Console.WriteLine($"Versie {protocol.Version}; vastgesteld {ProtocolLabels.Date(protocol.Dates.AdoptedByManagement)}; (G)MR {ProtocolLabels.Date(protocol.Dates.AdoptedByGmr)}; evaluatie {ProtocolLabels.Date(protocol.Dates.Evaluation)}");
            foreach (var rule in protocol.Rules)
            {
                Console.WriteLine();
                Console.WriteLine($"{rule.Id}  {rule.Summary}");
                Console.WriteLine($"    voor: {ProtocolLabels.Audience(rule.Audience)}");
                Console.WriteLine($"    hoe:  {ProtocolLabels.Describe(rule)}");
            }

            LadderText.Write(Console.Out, protocol);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Validate()
    {
        var path = new Argument<string>("pad") { Description = "Pad naar het protocolbestand (.yaml)" };
        var command = new Command("validate", "Controleer een protocolbestand en noem elke fout met regel en kolom") { path };
        command.SetAction(parsed =>
        {
            var file = parsed.GetValue(path)!;
            var problems = ProtocolReader.Validate(ProtocolSource.ReadFile(file), file);
            foreach (var problem in problems)
            {
                Console.Error.WriteLine(problem);
            }

            if (problems.Count > 0)
            {
                Console.Error.WriteLine($"{problems.Count} fout(en) gevonden; het protocol is nog niet bruikbaar.");
                return ExitCodes.UsageError;
            }

            var protocol = ProtocolReader.Parse(ProtocolSource.ReadFile(file), file);
            Console.WriteLine($"{file}: in orde ({protocol.Rules.Count} artikelen).");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Coverage()
    {
        var protocolArgument = new Argument<string>("protocol") { Description = "Id van een protocol of pad naar een protocolbestand" };
        var command = new Command("coverage", "Per artikel: controle, werkwijze of richtlijn, en de totalen") { protocolArgument };
        command.SetAction(parsed =>
        {
            var protocol = ProtocolSource.Load(parsed.GetValue(protocolArgument)!);
            foreach (var rule in protocol.Rules)
            {
                Console.WriteLine($"{rule.Id,-28} {ProtocolLabels.Code(rule.Enforcement),-9} {ProtocolLabels.Describe(rule)}");
            }

            var counts = protocol.Rules.GroupBy(r => r.Enforcement).ToDictionary(g => g.Key, g => g.Count());
            Console.WriteLine();
            Console.WriteLine($"Totaal {protocol.Rules.Count} artikelen: {counts.GetValueOrDefault(Enforcement.Check)} check (controle bij het plaatsen), "
                + $"{counts.GetValueOrDefault(Enforcement.Workflow)} workflow (werkwijze in Deelwijs), {counts.GetValueOrDefault(Enforcement.Guidance)} guidance (richtlijn).");
            return ExitCodes.Ok;
        });
        return command;
    }
}
