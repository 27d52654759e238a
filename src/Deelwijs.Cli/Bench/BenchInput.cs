using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace Deelwijs.Cli.Bench;

/// <summary>Builds batch input (JSON lines) of at least the requested size by repeating the given texts.</summary>
internal static class BenchInput
{
    public static byte[] Build(IReadOnlyList<string> texts, long minimumBytes)
    {
        var buffer = new ArrayBufferWriter<byte>((int)Math.Min(int.MaxValue / 2, minimumBytes + (1 << 20)));
        using var json = new Utf8JsonWriter(buffer);
        for (var i = 0; buffer.WrittenCount < minimumBytes; i++)
        {
            json.WriteStartObject();
            json.WriteString("id", i.ToString(CultureInfo.InvariantCulture));
            json.WriteString("text", texts[i % texts.Count]);
            json.WriteEndObject();
            json.Flush();
            json.Reset();
            buffer.Write("\n"u8);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
