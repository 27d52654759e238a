using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Deelwijs.Core.Checks;
using Deelwijs.Core.Engine;
using Deelwijs.Core.Protocols;
using Deelwijs.Core.Rosters;

namespace Deelwijs.Benchmarks;

/// <summary>
/// One check of a 280- and a 2,000-character post (protocol ssoe, role staff, a 2,000-person roster), side by side
/// with the naive baseline: one case-insensitive Regex alternation of the same lexicon. Ratio = engine / naive.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[MedianColumn]
public class CheckBenchmarks
{
    private CheckEngine engine = null!;
    private Regex naive = null!;
    private Regex naiveCompiled = null!;
    private CheckRequest post280 = null!;
    private CheckRequest post2000 = null!;

    [GlobalSetup]
    public void Setup()
    {
        var roster = SyntheticRoster.Generate(2000);
        if (!ProtocolCatalog.TryGet("ssoe", out var protocol))
        {
            throw new InvalidOperationException("Protocol ssoe is missing.");
        }

        engine = new EngineBuilder(protocol).WithRoster(roster).Build();
        var terms = NaiveLexicon.Terms(roster);
        naive = NaiveLexicon.Build(terms);
        naiveCompiled = NaiveLexicon.Build(terms, RegexOptions.Compiled);
        post280 = new CheckRequest(Posts.Short(roster)) { Role = Role.Staff };
        post2000 = new CheckRequest(Posts.Long(roster)) { Role = Role.Staff };
        Console.WriteLine($"// Posts: {post280.Text.Length} and {post2000.Text.Length} characters; naive lexicon: {terms.Count} terms.");
        Console.WriteLine($"// Findings: {Describe(engine.Check(post280))} | {Describe(engine.Check(post2000))}");
    }

    [Benchmark, BenchmarkCategory("Post280")]
    public CheckResult Check_Post280() => engine.Check(post280);

    [Benchmark(Baseline = true), BenchmarkCategory("Post280")]
    public int NaiveRegex_Post280() => naive.Matches(post280.Text).Count;

    [Benchmark, BenchmarkCategory("Post280")]
    public int NaiveRegexCompiled_Post280() => naiveCompiled.Matches(post280.Text).Count;

    [Benchmark, BenchmarkCategory("Post2000")]
    public CheckResult Check_Post2000() => engine.Check(post2000);

    [Benchmark(Baseline = true), BenchmarkCategory("Post2000")]
    public int NaiveRegex_Post2000() => naive.Matches(post2000.Text).Count;

    [Benchmark, BenchmarkCategory("Post2000")]
    public int NaiveRegexCompiled_Post2000() => naiveCompiled.Matches(post2000.Text).Count;

    private static string Describe(CheckResult result) =>
        $"{result.Verdict}: {string.Join(", ", result.Findings.Select(f => f.Kind))}";
}
