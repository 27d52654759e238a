namespace Deelwijs.Cli.Hosting;

/// <summary>Dutch descriptions of why a file could not be read.</summary>
internal static class FileErrors
{
    public static string Describe(string path, Exception error) => error switch
    {
        FileNotFoundException or DirectoryNotFoundException => $"Het bestand '{path}' bestaat niet.",
        UnauthorizedAccessException => $"Het bestand '{path}' mag niet gelezen worden (geen toegang).",
        _ => $"Het bestand '{path}' kon niet gelezen worden.",
    };

    public static Stream OpenRead(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                throw new UsageException($"'{path}' is een map, geen bestand.");
            }

            return File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException(Describe(path, e));
        }
    }
}
