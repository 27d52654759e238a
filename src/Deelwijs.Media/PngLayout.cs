using System.Buffers.Binary;

namespace Deelwijs.Media;

/// <summary>One chunk of a PNG: its four-letter type and where it lies, from its length field to its checksum.</summary>
internal readonly record struct PngChunk(string Type, int Start, int Length)
{
    /// <summary>A critical chunk (upper-case first letter) is needed to show the picture at all.</summary>
    public bool IsCritical => char.IsAsciiLetterUpper(Type[0]);
}

/// <summary>The chunks of a PNG from its signature to its end chunk, found by the chunks' lengths alone.</summary>
internal static class PngLayout
{
    public static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <returns>The chunks, or null when the file is not a whole PNG; <paramref name="truncated"/> then says the end is missing.</returns>
    public static List<PngChunk>? Read(ReadOnlySpan<byte> data, out bool truncated)
    {
        truncated = false;
        if (!data.StartsWith(Signature))
        {
            return null;
        }

        var chunks = new List<PngChunk>();
        var position = Signature.Length;
        while (true)
        {
            if (position + 8 > data.Length)
            {
                truncated = true;
                return null;
            }

            var dataLength = BinaryPrimitives.ReadUInt32BigEndian(data[position..]);
            var type = System.Text.Encoding.ASCII.GetString(data.Slice(position + 4, 4));
            if (dataLength > int.MaxValue - 12 || !type.All(char.IsAsciiLetter))
            {
                return null;
            }

            var length = 12 + (int)dataLength; // length field, type, data, checksum
            if (length > data.Length - position)
            {
                truncated = true;
                return null;
            }

            chunks.Add(new(type, position, length));
            position += length;
            if (type == "IEND")
            {
                return chunks;
            }
        }
    }
}
