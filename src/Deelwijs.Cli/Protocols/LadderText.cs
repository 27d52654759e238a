using Deelwijs.Core.Checks;
using Deelwijs.Core.Incidents;
using Deelwijs.Core.Protocols;

namespace Deelwijs.Cli.Protocols;

/// <summary>Writes a protocol's report routing and sanction ladders for 'protocol show', in Dutch.</summary>
internal static class LadderText
{
    public static void Write(TextWriter output, Protocol protocol)
    {
        var reporting = protocol.Reporting;
        output.WriteLine();
        output.WriteLine("Melden van een incident");
        output.WriteLine($"    eerst naar: {ProtocolDutch.Group(reporting.To.Code())}"
            + (reporting.AlsoAllowed.Count == 0 ? "" : $"; of naar keuze: {string.Join(", ", reporting.AlsoAllowed.Select(r => ProtocolDutch.Group(r.Code())))}"));
        foreach (var route in reporting.Routes)
        {
            output.WriteLine($"    {string.Join(", ", route.Categories.Select(c => c.Label()))}: naar {ProtocolDutch.Group(route.To.Code())}");
        }

        output.WriteLine(reporting.ConfidantOnlyAllowed ? "    alleen voor de vertrouwenspersoon: mag" : "    alleen voor de vertrouwenspersoon: niet in dit protocol");
        Articles(output, reporting.Rules);

        foreach (var ladder in new[] { protocol.Ladders.Pupils, protocol.Ladders.Staff })
        {
            output.WriteLine();
            output.WriteLine(char.ToUpperInvariant(ladder.Audience.Dutch()[0]) + ladder.Audience.Dutch()[1..]
                + (ladder.Audience == LadderAudience.Staff && protocol.Ladders.LabourAgreement is { } cao ? $" (volgens {cao.Dutch()})" : ""));
            var number = 0;
            foreach (var step in ladder.Steps)
            {
                var when = step.Type.Trigger is { } trigger ? $"verplicht als {trigger.Dutch()}" : $"{step.When.Dutch()}{(step.Mandatory ? ", verplicht" : "")}";
                output.WriteLine($"  {++number,2}. {step.Title} ({when})");
                if (step.Categories.Count > 0)
                {
                    output.WriteLine($"      alleen bij: {string.Join(", ", step.Categories.Select(c => c.Label()))}");
                }

                output.WriteLine($"      bron: {step.Type.Source}");
                Articles(output, step.Rules, "      ");
            }
        }
    }

    private static void Articles(TextWriter output, IReadOnlyList<string> rules, string indent = "    ")
    {
        if (rules.Count > 0)
        {
            output.WriteLine($"{indent}artikelen: {string.Join(", ", rules)}");
        }
    }
}
