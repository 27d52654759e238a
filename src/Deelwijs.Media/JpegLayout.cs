namespace Deelwijs.Media;

/// <summary>One piece of a JPEG: a marker segment (from its 0xFF), or a run of compressed image data (marker 0).</summary>
internal readonly record struct JpegPiece(byte Marker, int Start, int Length)
{
    public const byte ImageData = 0x00;
    public const byte StartOfImage = 0xD8;
    public const byte EndOfImage = 0xD9;
    public const byte StartOfScan = 0xDA;
    public const byte Comment = 0xFE;

    public static bool IsApplication(byte marker) => marker is >= 0xE0 and <= 0xEF;
}

/// <summary>
/// The pieces of a JPEG from its start to its end marker, found by the markers' lengths alone (no metadata is read here).
/// What follows the end marker, such as the extra pictures of a multi-picture file, is not part of the layout.
/// </summary>
internal static class JpegLayout
{
    /// <returns>The pieces, or null when the file is not a whole JPEG; <paramref name="truncated"/> then says the end is missing.</returns>
    public static List<JpegPiece>? Read(ReadOnlySpan<byte> data, out bool truncated)
    {
        truncated = false;
        if (data.Length < 2 || data[0] != 0xFF || data[1] != JpegPiece.StartOfImage)
        {
            return null;
        }

        var pieces = new List<JpegPiece> { new(JpegPiece.StartOfImage, 0, 2) };
        var position = 2;
        var inScan = false;
        while (true)
        {
            if (inScan)
            {
                var end = ImageDataEnd(data, position);
                if (end > position)
                {
                    pieces.Add(new(JpegPiece.ImageData, position, end - position));
                }

                position = end;
            }

            // Any number of 0xFF fill bytes may come before a marker.
            var marker = position;
            while (marker + 1 < data.Length && data[marker + 1] == 0xFF)
            {
                marker++;
            }

            if (marker + 1 >= data.Length)
            {
                truncated = true;
                return null;
            }

            if (data[marker] != 0xFF)
            {
                return null;
            }

            var code = data[marker + 1];
            if (code == JpegPiece.EndOfImage)
            {
                pieces.Add(new(code, position, marker + 2 - position));
                return pieces;
            }

            if (marker + 3 >= data.Length)
            {
                truncated = true;
                return null;
            }

            var length = (data[marker + 2] << 8) | data[marker + 3];
            if (length < 2)
            {
                return null;
            }

            if (marker + 2 + length > data.Length)
            {
                truncated = true;
                return null;
            }

            pieces.Add(new(code, position, marker + 2 + length - position));
            position = marker + 2 + length;
            inScan |= code == JpegPiece.StartOfScan;
        }
    }

    // In compressed data a 0xFF is followed by 0x00 (a stuffed byte) or a restart marker; anything else is the next marker.
    private static int ImageDataEnd(ReadOnlySpan<byte> data, int position)
    {
        while (true)
        {
            var next = data[position..].IndexOf((byte)0xFF);
            if (next < 0 || position + next + 1 >= data.Length)
            {
                return data.Length;
            }

            position += next;
            var code = data[position + 1];
            if (code != 0x00 && code is not (>= 0xD0 and <= 0xD7))
            {
                return position;
            }

            position += 2;
        }
    }
}
