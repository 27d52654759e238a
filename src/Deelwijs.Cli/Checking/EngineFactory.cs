using Deelwijs.Cli.Hosting;
using Deelwijs.Cli.Protocols;
using Deelwijs.Core.Engine;
using Deelwijs.Core.Rosters;

namespace Deelwijs.Cli.Checking;

/// <summary>Builds the check engine for the chosen protocol, roster and school names.</summary>
internal static class EngineFactory
{
    public static CheckEngine Create(string? protocolIdOrPath, Roster? roster, IEnumerable<string> schoolNames)
    {
        if (string.IsNullOrWhiteSpace(protocolIdOrPath))
        {
            throw new UsageException(
                "Kies een protocol met --protocol, bijvoorbeeld --protocol ssoe (of johan-de-witt, konot, asko, de-regenboog, of een eigen protocolbestand).");
        }

        // Reading the protocol takes one core for a while; the other one meanwhile prepares what every engine needs.
        _ = EngineWarmUp.Start();
        var builder = new EngineBuilder(ProtocolSource.Load(protocolIdOrPath));
        if (roster is not null)
        {
            builder.WithRoster(roster);
        }

        foreach (var name in schoolNames)
        {
            builder.WithSchoolName(name);
        }

        return builder.Build();
    }

    public static Roster? LoadRoster(string? path) => path is null ? null : ReadRoster(path);

    private static Roster ReadRoster(string path)
    {
        using var stream = FileErrors.OpenRead(path);
        try
        {
            return RosterCsvReader.Read(stream, path);
        }
        catch (RosterFormatException e)
        {
            throw new UsageException(
                $"De leerlingenlijst '{path}' bevat fouten; er is niets van ingelezen:{Environment.NewLine}{string.Join(Environment.NewLine, e.Problems.Select(p => $"  {p}"))}");
        }
    }
}
