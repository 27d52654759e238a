using System.Text;
using System.Text.Unicode;

namespace Deelwijs.Core.Rosters;

/// <summary>Turns the bytes of a roster export into text: UTF-8 (with or without BOM), else Windows-1252.</summary>
internal static class RosterText
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("Windows-1252 is not available.");

    public static string Decode(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        // School administrations still export from Excel in Windows-1252; such bytes are never valid UTF-8 when they hold é or ë.
        return Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes) : Windows1252.GetString(bytes);
    }

    /// <summary>';' when the header line holds more semicolons than commas (Dutch Excel), else ','.</summary>
    public static char DetectDelimiter(string text)
    {
        var end = text.AsSpan().IndexOfAny('\r', '\n');
        var header = end < 0 ? text.AsSpan() : text.AsSpan(0, end);
        return header.Count(';') > header.Count(',') ? ';' : ',';
    }
}
