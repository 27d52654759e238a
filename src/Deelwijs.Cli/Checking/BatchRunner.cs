using System.Buffers;
using System.Text.Json;
using Deelwijs.Core.Checks;
using Deelwijs.Core.Engine;

namespace Deelwijs.Cli.Checking;

/// <summary>
/// Checks JSON lines in, JSON lines out, in input order. Each block of lines is split into one contiguous
/// range per worker, so the cores share the work and the output needs no reordering.
/// </summary>
internal sealed class BatchRunner(CheckEngine engine, CheckRequest defaults, int workers)
{
    private const int BlockSize = 1 << 20;
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public BatchSummary Run(Stream input, Stream output)
    {
        var buffer = new byte[BlockSize];
        var filled = 0;
        var outputs = Enumerable.Range(0, workers).Select(_ => new ArrayBufferWriter<byte>(BlockSize)).ToArray();
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
            Process(buffer, lines, outputs, summary);
            foreach (var writer in outputs)
            {
                output.Write(writer.WrittenSpan);
                writer.ResetWrittenCount();
            }

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

    private void Process(byte[] buffer, List<Range> lines, ArrayBufferWriter<byte>[] outputs, BatchSummary summary)
    {
        var perWorker = (lines.Count + workers - 1) / Math.Max(1, workers);
        var errors = 0;
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, worker =>
        {
            using var json = new Utf8JsonWriter(outputs[worker], WriterOptions);
            var from = worker * perWorker;
            var to = Math.Min(lines.Count, from + perWorker);
            for (var i = from; i < to; i++)
            {
                if (!CheckLine(buffer.AsSpan(lines[i]), json))
                {
                    Interlocked.Increment(ref errors);
                }

                json.Flush();
                outputs[worker].Write("\n"u8);
                json.Reset();
            }
        });
        summary.Lines += lines.Count;
        summary.Errors += errors;
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
