namespace Deelwijs.Media;

/// <summary>
/// A minimal Exif segment that holds only the orientation, so a phone photo taken upright is still shown upright after
/// its metadata is gone.
/// </summary>
internal static class ExifOrientation
{
    /// <returns>The APP1 segment, or null when the picture needs no turning (orientation 1) or the value is not valid.</returns>
    public static byte[]? Segment(ushort orientation)
    {
        if (orientation is < 2 or > 8)
        {
            return null;
        }

        byte[] payload =
        [
            .. "Exif\0\0"u8,
            (byte)'M', (byte)'M', 0, 0x2A, 0, 0, 0, 8,   // big-endian TIFF header, first directory at offset 8
            0, 1,                                         // one entry
            0x01, 0x12, 0, 3, 0, 0, 0, 1,                 // Orientation, SHORT, count 1
            0, (byte)orientation, 0, 0,                   // the value, padded to four bytes
            0, 0, 0, 0,                                   // no next directory
        ];
        var length = payload.Length + 2;
        return [0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. payload];
    }
}
