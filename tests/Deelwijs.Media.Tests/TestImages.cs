using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;

namespace Deelwijs.Media.Tests;

/// <summary>
/// Small, valid files the tests build themselves: a grey baseline JPEG and a one-pixel PNG with metadata put in
/// as segments or chunks, and the first bytes of the other types Deelwijs accepts or refuses.
/// </summary>
internal static class TestImages
{
    public const byte App1 = 0xE1;
    public const byte App2 = 0xE2;
    public const byte App13 = 0xED;
    public const byte Comment = 0xFE;

    /// <summary>Start of image and JFIF header (APP0, version 1.1, 1x1 pixel aspect, no thumbnail).</summary>
    private static readonly byte[] JpegHead =
    [
        0xFF, 0xD8,
        0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
    ];

    /// <summary>
    /// The picture of a 64x48 mid-grey JPEG: one quantisation table, a baseline frame of one component, one-code Huffman
    /// tables (DC difference 0, end of block), the scan and its data, and the end of image. Each of the 48 blocks has
    /// only zero coefficients, written as two 0 bits: 96 bits, twelve zero bytes.
    /// </summary>
    public static readonly byte[] JpegPicture =
    [
        0xFF, 0xDB, 0x00, 0x43, 0x00, .. Enumerable.Repeat((byte)1, 64),
        0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x00, 0x30, 0x00, 0x40, 0x01, 0x01, 0x11, 0x00,
        0xFF, 0xC4, 0x00, 0x14, 0x00, 0x01, .. new byte[15], 0x00,
        0xFF, 0xC4, 0x00, 0x14, 0x10, 0x01, .. new byte[15], 0x00,
        0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00,
        .. new byte[12],
        0xFF, 0xD9,
    ];

    /// <summary>A JPEG with these segments between its JFIF header and its picture.</summary>
    public static byte[] Jpeg(params byte[][] segments) => [.. JpegHead, .. segments.SelectMany(s => s), .. JpegPicture];

    public static byte[] Segment(byte marker, ReadOnlySpan<byte> payload)
    {
        var length = payload.Length + 2;
        return [0xFF, marker, (byte)(length >> 8), (byte)length, .. payload];
    }

    public static byte[] ExifSegment(TestTiff ifd0) => Segment(App1, [.. "Exif\0\0"u8, .. ifd0.ToTiff()]);

    public static byte[] XmpSegment(string packet) => Segment(App1, [.. "http://ns.adobe.com/xap/1.0/\0"u8, .. Encoding.UTF8.GetBytes(packet)]);

    /// <summary>The start of an ICC profile segment; its content does not matter to the tests.</summary>
    public static byte[] IccSegment() => Segment(App2, [.. "ICC_PROFILE\0"u8, 1, 1, .. Enumerable.Range(0, 32).Select(i => (byte)i)]);

    public static byte[] IptcSegment(string caption) =>
        Segment(App13, [.. "Photoshop 3.0\08BIM"u8, 0x04, 0x04, 0, 0, 0, 0, 0, (byte)(caption.Length + 5), 0x1C, 0x02, 0x78, 0, (byte)caption.Length, .. Encoding.ASCII.GetBytes(caption)]);

    public static byte[] CommentSegment(string text) => Segment(Comment, Encoding.UTF8.GetBytes(text));

    /// <summary>A 1x1 grey PNG with these chunks between its header (IHDR) and its pixels (IDAT).</summary>
    public static byte[] Png(params byte[][] chunks)
    {
        byte[] header = [0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]; // 1x1, 8-bit greyscale
        using var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write([0, 0x80]); // filter type none, one grey pixel
        }

        return [.. PngSignature, .. Chunk("IHDR", header), .. chunks.SelectMany(c => c), .. Chunk("IDAT", pixels.ToArray()), .. Chunk("IEND", [])];
    }

    public static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static byte[] Chunk(string type, ReadOnlySpan<byte> data)
    {
        byte[] typeAndData = [.. Encoding.ASCII.GetBytes(type), .. data];
        var chunk = new byte[typeAndData.Length + 8];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)data.Length);
        typeAndData.CopyTo(chunk, 4);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(chunk.Length - 4), Crc32.HashToUInt32(typeAndData));
        return chunk;
    }

    /// <summary>XMP in an iTXt chunk, as Photoshop and exiftool write it into a PNG.</summary>
    public static byte[] XmpChunk(string packet) => Chunk("iTXt", [.. "XML:com.adobe.xmp\0"u8, 0, 0, 0, 0, .. Encoding.UTF8.GetBytes(packet)]);

    public static byte[] ExifChunk(TestTiff ifd0) => Chunk("eXIf", ifd0.ToTiff());

    public static byte[] TextChunk(string keyword, string text) => Chunk("tEXt", [.. Encoding.Latin1.GetBytes(keyword), 0, .. Encoding.Latin1.GetBytes(text)]);

    /// <summary>The classic transparent 1x1 GIF.</summary>
    public static byte[] Gif() =>
    [
        .. "GIF89a"u8, 1, 0, 1, 0, 0x80, 0, 0, 0xFF, 0xFF, 0xFF, 0, 0, 0,
        0x21, 0xF9, 0x04, 0x01, 0, 0, 0, 0,
        0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0x02, 0x02, 0x44, 0x01, 0, 0x3B,
    ];

    /// <summary>A 1x1 lossless WebP.</summary>
    public static byte[] WebP() => Riff("WEBP", Chunk4("VP8L", [0x2F, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, 0x88, 0x88, 0xFE, 0x07, 0x00]));

    /// <summary>A WAV of one second of 8 kHz 8-bit mono silence.</summary>
    public static byte[] Wav()
    {
        byte[] format = [1, 0, 1, 0, 0x40, 0x1F, 0, 0, 0x40, 0x1F, 0, 0, 1, 0, 8, 0];
        return Riff("WAVE", [.. Chunk4("fmt ", format), .. Chunk4("data", Enumerable.Repeat((byte)0x80, 8000).ToArray())]);
    }

    /// <summary>An ISO media file (MP4, MOV, M4A, HEIC, AVIF) as far as its type shows: the ftyp box and an empty free box.</summary>
    public static byte[] IsoMedia(string majorBrand) =>
        [.. Box("ftyp", [.. Encoding.ASCII.GetBytes(majorBrand), 0, 0, 2, 0, .. Encoding.ASCII.GetBytes(majorBrand), .. "isom"u8]), .. Box("free", new byte[8])];

    /// <summary>
    /// A QuickTime movie's header (no tracks) with the place it was made, as a phone writes it: an iPhone in the metadata
    /// keys (com.apple.quicktime.location.ISO6709), an Android phone in the ©xyz atom of the user data.
    /// </summary>
    public static byte[] MovieWithLocation(string iso6709, bool asIphone)
    {
        var header = new byte[100];
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(12), 600); // time scale
        var location = Encoding.ASCII.GetBytes(iso6709);
        byte[] place = asIphone
            ? Box("meta",
            [
                .. Box("hdlr", [.. new byte[8], .. "mdta"u8, .. new byte[13]]),
                .. Box("keys", [0, 0, 0, 0, 0, 0, 0, 1, .. Box("mdta", Encoding.ASCII.GetBytes("com.apple.quicktime.location.ISO6709"))]),
                .. Box("ilst", Box("\0\0\0\u0001", Box("data", [0, 0, 0, 1, 0, 0, 0, 0, .. location]))),
            ])
            : Box("udta", Box("\u00A9xyz", [0, (byte)location.Length, 0x15, 0xC7, .. location]));
        return [.. Box("ftyp", [.. "qt  "u8, 0, 0, 0, 0, .. "qt  "u8]), .. Box("moov", [.. Box("mvhd", header), .. place])];
    }

    /// <summary>Three frames of a 128 kbit/s MPEG-1 Layer III stream, with or without an ID3v2.3 tag in front.</summary>
    public static byte[] Mp3(bool withId3Tag)
    {
        byte[] frame = [0xFF, 0xFB, 0x90, 0x64, .. new byte[413]];
        byte[] frames = [.. frame, .. frame, .. frame];
        if (!withId3Tag)
        {
            return frames;
        }

        byte[] title = [.. "TIT2"u8, 0, 0, 0, 6, 0, 0, 0, .. "Lied"u8, 0];
        return [.. "ID3"u8, 3, 0, 0, 0, 0, 0, (byte)title.Length, .. title, .. frames];
    }

    private static byte[] Riff(string form, byte[] chunks) => [.. "RIFF"u8, .. LittleEndian(chunks.Length + 4), .. Encoding.ASCII.GetBytes(form), .. chunks];

    private static byte[] Chunk4(string id, byte[] data) =>
        [.. Encoding.ASCII.GetBytes(id), .. LittleEndian(data.Length), .. data, .. data.Length % 2 == 1 ? new byte[1] : []];

    private static byte[] Box(string type, byte[] data)
    {
        var box = new byte[data.Length + 8];
        BinaryPrimitives.WriteUInt32BigEndian(box, (uint)box.Length);
        Encoding.Latin1.GetBytes(type).CopyTo(box, 4);
        data.CopyTo(box, 8);
        return box;
    }

    private static byte[] LittleEndian(int value) => BitConverter.GetBytes(value);
}
