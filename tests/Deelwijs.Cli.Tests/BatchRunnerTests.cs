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
    public void Results_of_several_megabytes_come_out_in_input_order(int workers, bool slowInput)
    {
        var input = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, LineCount).Select(Line)));
        Stream stream = slowInput ? new TrickleStream(input, 4_000) : new MemoryStream(input, writable: false);
        var output = new MemoryStream();

        var summary = new BatchRunner(Engine, new CheckRequest(""), workers).Run(stream, output);

        Assert.True(input.Length > 2 * (1 << 20), "the input must span several blocks");
        var results = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(LineCount, results.Length);
        for (var i = 0; i < LineCount; i++)
        {
            using var result = JsonDocument.Parse(results[i]);
            Assert.Equal($"p{i}", result.RootElement.GetProperty("id").GetString());
            Assert.Equal(i % 97 == 0 ? "not-allowed" : "allowed", result.RootElement.GetProperty("verdict").GetString());
        }

        Assert.Equal((input.Length, LineCount, 0), (summary.Bytes, summary.Lines, summary.Errors));
    }

    private static string Line(int i) => JsonSerializer.Serialize(new
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
