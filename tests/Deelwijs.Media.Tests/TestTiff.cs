using System.Buffers.Binary;
using System.Text;

namespace Deelwijs.Media.Tests;

/// <summary>A TIFF image file directory (little-endian, as EXIF stores its tags), built tag by tag from bytes.</summary>
internal sealed class TestTiff
{
    private readonly SortedDictionary<ushort, Entry> entries = [];

    public TestTiff Ascii(ushort tag, string value) => Add(tag, 2, [.. Encoding.UTF8.GetBytes(value), 0], count: null);

    public TestTiff Bytes(ushort tag, params byte[] values) => Add(tag, 1, values, count: null);

    public TestTiff Short(ushort tag, ushort value) => Add(tag, 3, BitConverter.GetBytes(value), count: 1);

    public TestTiff Rationals(ushort tag, params (uint Numerator, uint Denominator)[] values)
    {
        var bytes = new byte[values.Length * 8];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * 8), values[i].Numerator);
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan((i * 8) + 4), values[i].Denominator);
        }

        return Add(tag, 5, bytes, count: values.Length);
    }

    /// <summary>A tag whose value is the offset of another directory, such as the GPS directory of IFD0.</summary>
    public TestTiff Directory(ushort tag, TestTiff child)
    {
        entries[tag] = new Entry(4, 1, new byte[4], child);
        return this;
    }

    /// <summary>The whole TIFF stream: the header, this directory at offset 8, its values, then its child directories.</summary>
    public byte[] ToTiff()
    {
        var tiff = new byte[8 + Size];
        "II*\0"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(4), 8);
        WriteAt(tiff, 8);
        return tiff;
    }

    private int HeaderSize => 2 + (12 * entries.Count) + 4;

    private int DataSize => entries.Values.Where(e => e.Value.Length > 4).Sum(e => Even(e.Value.Length));

    private int Size => HeaderSize + DataSize + entries.Values.Sum(e => e.Child?.Size ?? 0);

    private TestTiff Add(ushort tag, ushort type, byte[] value, int? count)
    {
        entries[tag] = new Entry(type, (uint)(count ?? value.Length), value, null);
        return this;
    }

    private void WriteAt(byte[] tiff, int offset)
    {
        var span = tiff.AsSpan();
        BinaryPrimitives.WriteUInt16LittleEndian(span[offset..], (ushort)entries.Count);
        var data = offset + HeaderSize;
        var children = data + DataSize;
        var at = offset + 2;
        foreach (var (tag, entry) in entries)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(span[at..], tag);
            BinaryPrimitives.WriteUInt16LittleEndian(span[(at + 2)..], entry.Type);
            BinaryPrimitives.WriteUInt32LittleEndian(span[(at + 4)..], entry.Count);
            if (entry.Child is { } child)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(span[(at + 8)..], (uint)children);
                child.WriteAt(tiff, children);
                children += child.Size;
            }
            else if (entry.Value.Length > 4)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(span[(at + 8)..], (uint)data);
                entry.Value.CopyTo(span[data..]);
                data += Even(entry.Value.Length);
            }
            else
            {
                entry.Value.CopyTo(span[(at + 8)..]);
            }

            at += 12;
        }

        // The next-directory offset stays 0: there is no thumbnail directory.
    }

    private static int Even(int length) => length + (length % 2);

    private sealed record Entry(ushort Type, uint Count, byte[] Value, TestTiff? Child);
}
