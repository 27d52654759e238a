using System.Text;
using Deelwijs.Cli.Hosting;

namespace Deelwijs.Cli.Checking;

/// <summary>Gets the draft from the arguments, a file or standard input.</summary>
internal static class TextInput
{
    public static string Read(string? file, string[] words)
    {
        if (file is not null && words.Length > 0 && words is not ["-"])
        {
            throw new UsageException("Geef de tekst óf als argument óf met --file, niet allebei.");
        }

        if (file is not null)
        {
            using var stream = FileErrors.OpenRead(file);
            return ReadAll(stream, $"het bestand '{file}'");
        }

        if (words.Length > 0 && words is not ["-"])
        {
            return string.Join(' ', words);
        }

        if (!Console.IsInputRedirected)
        {
            throw new UsageException(
                "Geef de tekst van het bericht, bijvoorbeeld: deelwijs check --protocol ssoe \"Wat een mooie sportdag!\" (of gebruik --file of standaardinvoer).");
        }

        using var stdin = Console.OpenStandardInput();
        return ReadAll(stdin, "de standaardinvoer");
    }

    private static string ReadAll(Stream stream, string what)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        try
        {
            return reader.ReadToEnd().TrimEnd('\r', '\n');
        }
        catch (DecoderFallbackException)
        {
            throw new UsageException($"De tekst in {what} is geen UTF-8. Sla het bestand op als UTF-8 en probeer het opnieuw.");
        }
    }
}
