using System.Buffers;
using System.Runtime.ExceptionServices;
using System.Text.Json;

namespace Deelwijs.Cli.Checking;

/// <summary>Checks one batch line (<paramref name="number"/> counts from 1 in the input) into <paramref name="json"/>; false when the line gave an error result.</summary>
internal delegate bool LineCheck(ReadOnlySpan<byte> line, int number, Utf8JsonWriter json);

/// <summary>
/// About a megabyte of batch lines, cut into chunks of consecutive lines that are checked independently (by any worker,
/// in any order), each into its own output, so the block's output is written in input order once all chunks are done.
/// </summary>
internal sealed class BatchBlock(int size)
{
    // Small enough that the workers share out a block evenly, large enough that taking a chunk from the queue costs
    // nothing next to checking its lines.
    public const int LinesPerChunk = 32;

    private readonly List<(Range Bytes, int Number)> lines = [];
    private readonly List<int> errorLines = [];
    private readonly List<ArrayBufferWriter<byte>> outputs = [];
    private readonly object done = new();
    private int remaining;
    private ExceptionDispatchInfo? failure;

    /// <summary>The block's bytes; lines that are not yet complete wait at its end for the next read.</summary>
    public byte[] Buffer { get; private set; } = new byte[size];

    public int LineCount => lines.Count;

    /// <summary>The input line numbers of the lines that gave an error result, in order; complete once the block is written.</summary>
    public IReadOnlyList<int> ErrorLines => errorLines;

    public int Chunks => (lines.Count + LinesPerChunk - 1) / LinesPerChunk;

    /// <summary>Doubles the buffer, keeping its bytes: for a single line longer than the block.</summary>
    public void Grow()
    {
        var buffer = Buffer;
        Array.Resize(ref buffer, buffer.Length * 2);
        Buffer = buffer;
    }

    /// <summary>
    /// Takes the non-blank lines of <c>Buffer[start..end]</c>, whose first line is input line <paramref name="firstLine"/>,
    /// and readies one output per chunk. Returns the number of input lines it read, blank ones included.
    /// </summary>
    public int Prepare(int start, int end, int firstLine)
    {
        lines.Clear();
        errorLines.Clear();
        failure = null;
        var block = Buffer.AsSpan(start, end - start);
        var at = 0;
        var read = 0;
        while (at < block.Length)
        {
            var newline = block[at..].IndexOf((byte)'\n');
            var lineEnd = newline < 0 ? block.Length : at + newline;
            if (block[at..lineEnd].IndexOfAnyExcept(" \t\r"u8) >= 0)
            {
                lines.Add(((start + at)..(start + lineEnd), firstLine + read));
            }

            read++;
            at = lineEnd + 1;
        }

        while (outputs.Count < Chunks)
        {
            outputs.Add(new ArrayBufferWriter<byte>(LinesPerChunk * 1024));
        }

        remaining = Chunks;
        return read;
    }

    /// <summary>Checks the lines of one chunk, one JSON result per line; <paramref name="checkLine"/> returns false for an error line.</summary>
    public void CheckChunk(int chunk, Utf8JsonWriter json, LineCheck checkLine)
    {
        try
        {
            var output = outputs[chunk];
            output.ResetWrittenCount();
            json.Reset(output);
            for (var i = chunk * LinesPerChunk; i < Math.Min(lines.Count, (chunk + 1) * LinesPerChunk); i++)
            {
                var (bytes, number) = lines[i];
                if (!checkLine(Buffer.AsSpan(bytes), number, json))
                {
                    lock (errorLines)
                    {
                        errorLines.Add(number);
                    }
                }

                json.Flush();
                output.Write("\n"u8);
                json.Reset();
            }
        }
        catch (Exception e)
        {
            // Kept for the thread that writes the block, so a failing worker stops the batch instead of leaving it waiting.
            Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(e), null);
        }
        finally
        {
            lock (done)
            {
                if (--remaining == 0)
                {
                    Monitor.PulseAll(done);
                }
            }
        }
    }

    /// <summary>Waits until every chunk is checked, then writes their results in input order.</summary>
    public void WriteTo(Stream output)
    {
        lock (done)
        {
            while (remaining > 0)
            {
                Monitor.Wait(done);
            }
        }

        failure?.Throw();
        errorLines.Sort();
        for (var chunk = 0; chunk < Chunks; chunk++)
        {
            output.Write(outputs[chunk].WrittenSpan);
        }
    }
}
