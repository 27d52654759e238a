using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Deelwijs.Cli.Checking;
using Deelwijs.Cli.Hosting;
using Deelwijs.Cli.Protocols;
using Deelwijs.Core.Checks;
using Deelwijs.Core.Engine;
using Deelwijs.Core.Rosters;

namespace Deelwijs.Cli.Bench;

/// <summary>'deelwijs bench': measures the --batch path over many megabytes of Dutch text, with a roster.</summary>
internal static class BenchCommand
{
    private const string DefaultCorpus = "../shared/perf/europeana-nl.txt";

    public static Command Create()
    {
        var input = new Option<string[]>("--input") { Description = $"Tekstbestand(en) met één bericht per regel (standaard: {DefaultCorpus})", HelpName = "pad" };
        var megabytes = new Option<int>("--megabytes") { Description = "Hoeveel MB aan JSON-regels te controleren (standaard 12)", DefaultValueFactory = _ => 12, HelpName = "MB" };
        var rosterSize = new Option<int>("--roster-size") { Description = "Aantal personen in de verzonnen leerlingenlijst (standaard 2000)", DefaultValueFactory = _ => 2000, HelpName = "aantal" };
        var protocol = new Option<string>("--protocol") { Description = "Het protocol (standaard ssoe)", DefaultValueFactory = _ => "ssoe", HelpName = "id|pad" };
        var workers = new Option<int?>("--workers") { Description = "Aantal processorkernen (standaard: alle)", HelpName = "aantal" };
        var command = new Command("bench", "Meet hoe snel Deelwijs berichten in bulk controleert (--batch)") { input, megabytes, rosterSize, protocol, workers };
        command.SetAction(parsed => Run(
            parsed.GetValue(input) is { Length: > 0 } paths ? paths : [FindDefaultCorpus()],
            parsed.GetValue(megabytes), parsed.GetValue(rosterSize), parsed.GetValue(protocol)!,
            parsed.GetValue(workers) ?? Environment.ProcessorCount));
        return command;
    }

    private static int Run(string[] paths, int megabytes, int rosterSize, string protocolId, int workers)
    {
        if (workers < 1)
        {
            throw new UsageException("--workers moet 1 of meer zijn.");
        }

        if (megabytes < 1)
        {
            throw new UsageException("--megabytes moet 1 of meer zijn.");
        }

        if (rosterSize < 0)
        {
            throw new UsageException("--roster-size mag niet negatief zijn.");
        }

        var texts = paths.SelectMany(ReadLines).Where(l => l.Length > 0).ToList();
        if (texts.Count == 0)
        {
            throw new UsageException("De invoer voor de meting is leeg.");
        }

        var input = BenchInput.Build(texts, megabytes * 1_000_000L);
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var collectionsBefore = GC.CollectionCount(0);
        var pausesBefore = GC.GetTotalPauseDuration();
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var clock = Stopwatch.StartNew();
        _ = EngineWarmUp.Start();
        var engine = new EngineBuilder(ProtocolSource.Load(protocolId)).WithRoster(SyntheticRoster.Generate(rosterSize)).Build();
        var buildTime = clock.Elapsed;
        var summary = new BatchRunner(engine, new CheckRequest(""), workers).Run(new MemoryStream(input, writable: false), Stream.Null);
        clock.Stop();
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        var mb = summary.Bytes / 1_000_000.0;
        var seconds = clock.Elapsed.TotalSeconds;
        var nl = CultureInfo.GetCultureInfo("nl-NL");
        Console.WriteLine(string.Create(nl, $"Gecontroleerd: {summary.Lines:N0} berichten, {mb:F1} MB aan JSON-regels, protocol {protocolId}, leerlingenlijst van {rosterSize:N0} personen."));
        Console.WriteLine(string.Create(nl, $"Tijd: {seconds:F2} s (waarvan {buildTime.TotalMilliseconds:F0} ms opbouwen van de controle), processortijd {cpu:F2} s, {workers} kern(en)."));
        Console.WriteLine(string.Create(nl, $"Doorvoer: {mb / seconds:F1} MB/s in totaal, {mb / seconds / workers:F1} MB/s per kern, {mb / cpu:F1} MB per processorseconde."));
        Console.WriteLine(string.Create(nl,
            $"Geheugen: {(GC.GetTotalAllocatedBytes() - allocatedBefore) / 1e6:F0} MB aangemaakt, {GC.CollectionCount(0) - collectionsBefore} keer opgeruimd, samen {(GC.GetTotalPauseDuration() - pausesBefore).TotalMilliseconds:F0} ms stilgestaan."));
        Console.WriteLine(JitInfo.GetCompiledMethodCount() > 0
            ? string.Create(nl, $"Uitvoering: via dotnet; {JitInfo.GetCompilationTime().TotalSeconds:F2} s processortijd ging naar het vertalen van de code. Voor bulkwerk is het gepubliceerde programma sneller (dotnet publish, zie README).")
            : "Uitvoering: gepubliceerd programma (dotnet publish); er wordt niets vertaald tijdens het controleren.");
        return ExitCodes.Ok;
    }

    // The shared corpus sits beside the repository; look from the working folder and from the program's folder upwards.
    private static string FindDefaultCorpus()
    {
        var starts = new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory };
        foreach (var start in starts)
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, DefaultCorpus);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new UsageException(
            $"De voorbeeldtekst voor de meting ({DefaultCorpus}) is niet gevonden. Geef met --input een tekstbestand met één bericht per regel.");
    }

    private static IEnumerable<string> ReadLines(string path)
    {
        using var stream = FileErrors.OpenRead(path);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}
