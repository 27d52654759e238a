using System.Globalization;

namespace Deelwijs.Media;

/// <summary>A file size as Dutch people read it ("31,2 MB"), rounded up so a refused file never reads as equal to its limit.</summary>
internal static class FileSizeText
{
    private const double Kilobyte = 1024;
    private const double Megabyte = 1024 * 1024;
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string Format(long bytes) => bytes switch
    {
        >= (long)Megabyte => $"{RoundUp(bytes / Megabyte).ToString("0.#", Dutch)} MB",
        >= (long)Kilobyte => $"{RoundUp(bytes / Kilobyte).ToString("0.#", Dutch)} kB",
        1 => "1 byte",
        _ => string.Create(Dutch, $"{bytes} bytes"),
    };

    private static double RoundUp(double value) => Math.Ceiling(value * 10) / 10;
}
