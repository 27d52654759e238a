namespace Deelwijs.Web.Tests.Checks;

/// <summary>The example photos in the repository's examples folder (made by the media tests' image builder).</summary>
internal static class ExampleMedia
{
    /// <summary>GPS of Utrecht, and the XMP face names "Sanne van der Berg" and "Daan Jansen".</summary>
    public static byte[] PhotoWithLocation => File.ReadAllBytes(PathOf("foto-met-locatie.jpg"));

    public static byte[] PhotoWithoutMetadata => File.ReadAllBytes(PathOf("foto-zonder-metadata.jpg"));

    public static string PathOf(string name)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Deelwijs.slnx")))
        {
            folder = folder.Parent;
        }

        return Path.Combine(folder?.FullName ?? throw new InvalidOperationException("repository root not found"), "examples", name);
    }
}
