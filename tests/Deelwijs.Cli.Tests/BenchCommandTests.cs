namespace Deelwijs.Cli.Tests;

public sealed class BenchCommandTests
{
    [Fact]
    public void Bench_checks_the_given_text_and_says_how_fast_and_how_it_ran()
    {
        var corpus = Cli.TempFile("corpus.txt", "Morgen gaan we met groep 7 naar het museum.\nBel me op 06-12345678 als je vragen hebt.\n");

        var result = Cli.Run(null, "bench", "--input", corpus, "--megabytes", "1", "--roster-size", "50", "--workers", "1");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("leerlingenlijst van 50 personen", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("MB/s per kern", result.Stdout, StringComparison.Ordinal);

        // The tests run the framework-dependent build, so the report must point to the faster published program.
        Assert.Contains("Uitvoering: via dotnet", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_with_an_empty_input_says_so_in_Dutch()
    {
        var corpus = Cli.TempFile("leeg.txt", "\n\n");

        var result = Cli.Run(null, "bench", "--input", corpus);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("De invoer voor de meting is leeg.", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--workers", "0", "--workers moet 1 of meer zijn.")]
    [InlineData("--megabytes", "0", "--megabytes moet 1 of meer zijn.")]
    [InlineData("--roster-size", "-5", "--roster-size mag niet negatief zijn.")]
    public void Bench_refuses_counts_that_make_no_sense(string option, string value, string message)
    {
        var corpus = Cli.TempFile("corpus.txt", "Morgen gaan we met groep 7 naar het museum.\n");

        var result = Cli.Run(null, "bench", "--input", corpus, option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        Assert.Empty(result.Stdout);
    }
}
