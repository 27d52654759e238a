using BenchmarkDotNet.Attributes;
using Deelwijs.Core.Engine;
using Deelwijs.Core.Protocols;
using Deelwijs.Core.Rosters;

namespace Deelwijs.Benchmarks;

/// <summary>Building the engine once per protocol and roster: protocol ssoe with a 2,000-person roster.</summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class EngineBuildBenchmarks
{
    private Protocol protocol = null!;
    private Roster roster = null!;

    [GlobalSetup]
    public void Setup()
    {
        roster = SyntheticRoster.Generate(2000);
        if (!ProtocolCatalog.TryGet("ssoe", out protocol))
        {
            throw new InvalidOperationException("Protocol ssoe is missing.");
        }
    }

    [Benchmark]
    public CheckEngine Build_Roster2000() => new EngineBuilder(protocol).WithRoster(roster).Build();
}
