using BenchmarkDotNet.Running;

namespace Deelwijs.Benchmarks;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project bench/Deelwijs.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
