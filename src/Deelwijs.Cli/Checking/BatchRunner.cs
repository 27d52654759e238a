using System.Collections.Concurrent;
using System.Text.Json;
using Deelwijs.Core.Checks;
using Deelwijs.Core.Engine;

namespace Deelwijs.Cli.Checking;

/// <summary>
/// Checks JSON lines in, JSON lines out, in input order. The input is read in blocks of about a megabyte, each cut into
/// chunks of consecutive lines. With more than one worker, the workers take chunks from a queue that runs on from one
/// block into the next, while this thread reads the next block and writes each finished block: no core waits for the
/// others at the end of a block.
/// </summary>
internal sealed class BatchRunner(CheckEngine engine, CheckRequest defaults, int workers)
{
    private const int BlockSize = 1 << 20;

    // Read ahead of the block being written: the workers start on the next block while the last chunks of this one
    // are still being checked.
    private const int BlocksInFlight = 2;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public BatchSummary Run(Stream input, Stream output)
    {
        // The engine was just built: one full collection moves its tables to the oldest generation at once, so the
        // collections during the batch only look at drafts instead of promoting the engine step by step.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var summary = new BatchSummary();
        using var queue = new BlockingCollection<(BatchBlock Block, int Chunk)>();
        var threads = workers == 1
            ? []
            : Enumerable.Range(0, workers).Select(_ => Task.Factory.StartNew(() => Work(queue), TaskCreationOptions.LongRunning)).ToArray();
        var spare = new Stack<BatchBlock>();
        var inFlight = new Queue<BatchBlock>();
        try
        {
            var block = new BatchBlock(BlockSize);
            var filled = 0;
            var nextLine = 1;
            var unswept = 0L;
            while (true)
            {
                var requested = block.Buffer.Length - filled;
                var read = input.Read(block.Buffer, filled, requested);
                filled += read;
                var end = read == 0 ? filled : block.Buffer.AsSpan(0, filled).LastIndexOf((byte)'\n') + 1;
                if (end == 0 && filled == block.Buffer.Length)
                {
                    // One line fills the whole block: grow it rather than cut a draft in two.
                    block.Grow();
                    continue;
                }

                var skip = summary.Bytes == 0 && block.Buffer.AsSpan(0, end).StartsWith("\uFEFF"u8) ? 3 : 0;
                nextLine += block.Prepare(skip, end, nextLine);
                Start(block, queue, threads.Length > 0);
                inFlight.Enqueue(block);

                var next = spare.Count > 0 ? spare.Pop() : new BatchBlock(BlockSize);
                while (next.Buffer.Length < filled - end)
                {
                    next.Grow();
                }

                block.Buffer.AsSpan(end, filled - end).CopyTo(next.Buffer);
                filled -= end;
                summary.Bytes += end;
                unswept += end;
                block = next;

                // A read that did not fill the block means the input arrives slowly (a pipe, a program that waits for
                // its answers) or has ended: then every result checked so far is written before the next read can wait.
                var waiting = read < requested;
                while (inFlight.Count == BlocksInFlight || (waiting && inFlight.Count > 0))
                {
                    spare.Push(Write(inFlight.Dequeue(), output, summary, ref unswept));
                }

                if (waiting && read > 0)
                {
                    output.Flush();
                }

                if (read == 0)
                {
                    break;
                }
            }
        }
        finally
        {
            queue.CompleteAdding();
            Task.WaitAll(threads);
        }

        output.Flush();
        return summary;
    }

    private void Start(BatchBlock block, BlockingCollection<(BatchBlock Block, int Chunk)> queue, bool parallel)
    {
        if (!parallel)
        {
            using var json = new Utf8JsonWriter(Stream.Null, WriterOptions);
            for (var chunk = 0; chunk < block.Chunks; chunk++)
            {
                block.CheckChunk(chunk, json, CheckLine);
            }

            return;
        }

        for (var chunk = 0; chunk < block.Chunks; chunk++)
        {
            queue.Add((block, chunk));
        }
    }

    /// <summary>Writes a checked block; <paramref name="unswept"/> counts the bytes read since the last collection.</summary>
    private static BatchBlock Write(BatchBlock block, Stream output, BatchSummary summary, ref long unswept)
    {
        block.WriteTo(output);
        summary.Lines += block.LineCount;
        summary.ErrorLines.AddRange(block.ErrorLines);

        // The runtime sizes the youngest generation by the processor's cache, which on a server is tens of MB: a batch
        // would then touch fresh memory for every draft (page faults, cache misses). Collecting it every two megabytes
        // of input (about 7 MB of drafts' garbage, of which almost nothing survives) keeps that garbage in the same few
        // MB; every megabyte paused the workers twice as often for the same work.
        if (unswept >= 2 * BlockSize)
        {
            GC.Collect(0, GCCollectionMode.Forced, blocking: true);
            unswept = 0;
        }

        return block;
    }

    private void Work(BlockingCollection<(BatchBlock Block, int Chunk)> queue)
    {
        using var json = new Utf8JsonWriter(Stream.Null, WriterOptions);
        foreach (var (block, chunk) in queue.GetConsumingEnumerable())
        {
            block.CheckChunk(chunk, json, CheckLine);
        }
    }

    private bool CheckLine(ReadOnlySpan<byte> line, int number, Utf8JsonWriter json)
    {
        if (!CheckRequestJson.TryParse(line, defaults, out var request, out var id, out var error))
        {
            CheckResultJson.WriteError(json, id, error!, number);
            return false;
        }

        try
        {
            CheckResultJson.Write(json, engine.Check(request), id);
            return true;
        }
        catch (CheckInputException e)
        {
            CheckResultJson.WriteError(json, id, e.Message, number);
            return false;
        }
    }
}
