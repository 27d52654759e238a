using System.Text;
using System.Text.Json;
using Deelwijs.Cli.Checking;
using Deelwijs.Cli.Protocols;
using Deelwijs.Core.Checks;
using Deelwijs.Core.Engine;

namespace Deelwijs.Cli.Tests;

public sealed class BatchRunnerTests
{
    private const int LineCount = 20_000;

    private static readonly CheckEngine Engine = new EngineBuilder(ProtocolSource.Load("ssoe")).Build();

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(2, true)]
    public void Results_of_several_megabytes_come_out_in_input_order_and_errors_name_their_line(int workers, bool slowInput)
    {
        // Every 4,000th input line is blank (no result), every 1,000th draft is broken JSON.
        var text = new StringBuilder();
        var inputLine = 0;
        var expectedErrorLines = new List<int>();
        for (var i = 0; i < LineCount; i++)
        {
            if (++inputLine % 4_000 == 0)
            {
                text.Append('\n');
                inputLine++;
            }

            if (IsBroken(i))
            {
                expectedErrorLines.Add(inputLine);
            }

            text.Append(Line(i));
        }

        var input = Encoding.UTF8.GetBytes(text.ToString());
        Stream stream = slowInput ? new TrickleStream(input, 4_000) : new MemoryStream(input, writable: false);
        var output = new MemoryStream();

        var summary = new BatchRunner(Engine, new CheckRequest(""), workers).Run(stream, output);

        Assert.True(input.Length > 2 * (1 << 20), "the input must span several blocks");
        var results = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(LineCount, results.Length);
        var errorLines = new List<int>();
        for (var i = 0; i < LineCount; i++)
        {
            using var result = JsonDocument.Parse(results[i]);
            if (IsBroken(i))
            {
                errorLines.Add(result.RootElement.GetProperty("line").GetInt32());
                Assert.Contains("geen geldige JSON", result.RootElement.GetProperty("error").GetString());
                continue;
            }

            Assert.Equal($"p{i}", result.RootElement.GetProperty("id").GetString());
            Assert.Equal(i % 97 == 0 ? "not-allowed" : "allowed", result.RootElement.GetProperty("verdict").GetString());
        }

        Assert.Equal(expectedErrorLines, errorLines);
        Assert.Equal(expectedErrorLines, summary.ErrorLines);
        Assert.Equal((input.Length, LineCount), (summary.Bytes, summary.Lines));
    }

    [Theory]
    [InlineData(new[] { 7 }, "1 kon niet gecontroleerd worden, zie \"error\" in de uitvoer bij regel 7.")]
    [InlineData(new[] { 2, 5 }, "2 konden niet gecontroleerd worden, zie \"error\" in de uitvoer bij regels 2 en 5.")]
    [InlineData(new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 }, "bij regels 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 en nog 2.")]
    public void The_summary_names_the_lines_that_could_not_be_checked(int[] lines, string expected)
    {
        var summary = new BatchSummary { Lines = 20 };
        summary.ErrorLines.AddRange(lines);

        Assert.Contains(expected, BatchSummaryText.Describe(summary));
    }

    private static bool IsBroken(int i) => i % 1_000 == 500;

    private static string Line(int i) => IsBroken(i)
        ? "{\"id\": \"p" + i + "\", \"text\": \n"
        : JsonSerializer.Serialize(new
        {
            id = $"p{i}",
            text = i % 97 == 0
                ? "Bel me gerust op 06-12345678 als je vragen hebt over de schoolreis van groep zeven naar het museum."
                : $"Regel {i}: vandaag gingen we met groep zeven op schoolreis naar het museum in de stad, het was een mooie dag.",
        }) + "\n";

    /// <summary>Gives at most a few kilobytes per read, as a pipe from a slow program does.</summary>
    private sealed class TrickleStream(byte[] data, int maxRead) : MemoryStream(data, writable: false)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, maxRead));
    }
}
