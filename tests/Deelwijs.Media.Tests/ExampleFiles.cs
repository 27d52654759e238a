namespace Deelwijs.Media.Tests;

/// <summary>The sample photos in examples/ that people use to try the product, and how they are made.</summary>
internal static class ExampleFiles
{
    public const string WithLocation = "foto-met-locatie.jpg";
    public const string WithoutMetadata = "foto-zonder-metadata.jpg";

    /// <summary>Two pupils of examples/leerlingen.csv, tagged as MWG face regions, photographed in Utrecht.</summary>
    public static readonly string[] TaggedPupils = ["Sanne van der Berg", "Daan Jansen"];

    public static byte[] MakeWithLocation() => TestImages.Jpeg(
        TestImages.ExifSegment(TestExif.Ifd0(location: (52.09, 5.12))),
        TestImages.XmpSegment(TestXmp.Packet(mwgFaces: TaggedPupils)));

    public static byte[] MakeWithoutMetadata() => TestImages.Jpeg();

    public static string Folder
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Deelwijs.slnx")))
            {
                folder = folder.Parent;
            }

            return Path.Combine(folder?.FullName ?? throw new DirectoryNotFoundException("Deelwijs.slnx not found above the test output"), "examples");
        }
    }
}
