using System.Buffers;
using System.Text.Json;
using Deelwijs.Core.Checks;
using Deelwijs.Core.Engine;

namespace Deelwijs.Cli.Checking;

/// <summary>
/// Checks JSON lines in, JSON lines out, in input order. Each block of lines is split into chunks of consecutive
/// lines that the workers take in turn, each writing its own chunk's output, so the cores share the work and the
/// output is written chunk after chunk without reordering.
/// </summary>
internal sealed class BatchRunner(CheckEngine engine, CheckRequest defaults, int workers)
{
    private const int BlockSize = 1 << 20;

    // Small enough that a worker slowed down by another program leaves little for the other to wait for at the end of
    // a block, large enough that taking a chunk costs nothing next to checking its lines.
    private const int LinesPerChunk = 32;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public BatchSummary Run(Stream input, Stream output)
    {
        // The engine was just built: one full collection moves its tables to the oldest generation at once, so the
        // collections during the batch only look at drafts instead of promoting the engine step by step.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var buffer = new byte[BlockSize];
        var filled = 0;
        var outputs = new List<ArrayBufferWriter<byte>>();
        var lines = new List<Range>();
        var summary = new BatchSummary();
        while (true)
        {
            var read = input.Read(buffer, filled, buffer.Length - filled);
            filled += read;
            var end = read == 0 ? filled : buffer.AsSpan(0, filled).LastIndexOf((byte)'\n') + 1;
            if (end == 0 && filled == buffer.Length)
            {
                // One line fills the whole block: grow it rather than cut a draft in two.
                Array.Resize(ref buffer, buffer.Length * 2);
                continue;
            }

            var skip = summary.Bytes == 0 && buffer.AsSpan(0, end).StartsWith("\uFEFF"u8) ? 3 : 0;
            SplitLines(buffer.AsSpan(skip, end - skip), lines, skip);
            var chunks = Process(buffer, lines, outputs, summary);
            foreach (var writer in outputs.Take(chunks))
            {
                output.Write(writer.WrittenSpan);
                writer.ResetWrittenCount();
            }

            // The runtime sizes the youngest generation by the processor's cache, which on a server is tens of MB: a batch
            // would then touch fresh memory for every draft (page faults, cache misses). Collecting it after each block,
            // when almost nothing of the block survives, keeps the drafts' garbage in the same few MB.
            GC.Collect(0, GCCollectionMode.Forced, blocking: true);
            summary.Bytes += end;
            buffer.AsSpan(end, filled - end).CopyTo(buffer);
            filled -= end;
            if (read == 0)
            {
                break;
            }
        }

        output.Flush();
        return summary;
    }

    /// <summary>Checks the lines of one block into <paramref name="outputs"/>, one per chunk; returns the number of chunks.</summary>
    private int Process(byte[] buffer, List<Range> lines, List<ArrayBufferWriter<byte>> outputs, BatchSummary summary)
    {
        var chunks = (lines.Count + LinesPerChunk - 1) / LinesPerChunk;
        while (outputs.Count < chunks)
        {
            outputs.Add(new ArrayBufferWriter<byte>(LinesPerChunk * 1024));
        }

        var errors = 0;
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = workers },
            () => new Utf8JsonWriter(Stream.Null, WriterOptions),
            (chunk, _, json) =>
            {
                var output = outputs[chunk];
                json.Reset(output);
                for (var i = chunk * LinesPerChunk; i < Math.Min(lines.Count, (chunk + 1) * LinesPerChunk); i++)
                {
                    if (!CheckLine(buffer.AsSpan(lines[i]), json))
                    {
                        Interlocked.Increment(ref errors);
                    }

                    json.Flush();
                    output.Write("\n"u8);
                    json.Reset();
                }

                return json;
            },
            json => json.Dispose());
        summary.Lines += lines.Count;
        summary.Errors += errors;
        return chunks;
    }

    private bool CheckLine(ReadOnlySpan<byte> line, Utf8JsonWriter json)
    {
        if (!CheckRequestJson.TryParse(line, defaults, out var request, out var id, out var error))
        {
            CheckResultJson.WriteError(json, id, error!);
            return false;
        }

        try
        {
            CheckResultJson.Write(json, engine.Check(request), id);
            return true;
        }
        catch (CheckInputException e)
        {
            CheckResultJson.WriteError(json, id, e.Message);
            return false;
        }
    }

    private static void SplitLines(ReadOnlySpan<byte> block, List<Range> lines, int offset)
    {
        lines.Clear();
        var start = 0;
        while (start < block.Length)
        {
            var newline = block[start..].IndexOf((byte)'\n');
            var end = newline < 0 ? block.Length : start + newline;
            if (!IsBlank(block[start..end]))
            {
                lines.Add((offset + start)..(offset + end));
            }

            start = end + 1;
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept(" \t\r"u8) < 0;
}
