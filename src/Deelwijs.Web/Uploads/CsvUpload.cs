using System.Globalization;

namespace Deelwijs.Web.Uploads;

/// <summary>
/// A CSV file that a page first previews and then imports. Between the two steps the bytes go back to the browser in a
/// hidden field (base64), so the import reads exactly what was shown and nothing is stored before the user confirms.
/// </summary>
public static class CsvUpload
{
    public const string Missing = "Kies eerst een CSV-bestand.";
    public const string Damaged = "Het bestand is onderweg beschadigd; kies het opnieuw.";

    /// <summary>
    /// The uploaded file, or null with a Dutch error when no file was chosen or it is larger than
    /// <paramref name="maxBytes"/> (<paramref name="what"/> names what the page expects: "leerlingenlijst").
    /// </summary>
    public static async Task<(CsvFile? File, string? Error)> ReadAsync(IFormFile? file, int maxBytes, string what, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return (null, Missing);
        }

        if (file.Length > maxBytes)
        {
            return (null, string.Create(CultureInfo.InvariantCulture, $"Dit bestand is groter dan {maxBytes / (1024 * 1024)} MB; dat is geen {what}."));
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        return (new CsvFile(Path.GetFileName(file.FileName), buffer.ToArray()), null);
    }

    /// <summary>The previewed file as the page hands it to the browser.</summary>
    public static string ToHiddenField(byte[] content) => Convert.ToBase64String(content);

    /// <summary>The file back from the browser, or null when the hidden field was damaged on the way.</summary>
    public static byte[]? FromHiddenField(string? content)
    {
        try
        {
            return Convert.FromBase64String(content ?? "");
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
