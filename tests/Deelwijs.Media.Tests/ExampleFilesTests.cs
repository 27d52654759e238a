using Deelwijs.Core.Rosters;

namespace Deelwijs.Media.Tests;

public sealed class ExampleFilesTests
{
    [Fact]
    public void The_example_photo_with_location_shows_utrecht_and_two_pupils_of_the_example_roster()
    {
        var path = Path.Combine(ExampleFiles.Folder, ExampleFiles.WithLocation);

        var inspection = MediaInspector.Inspect(File.ReadAllBytes(path), ExampleFiles.WithLocation);

        Assert.Equal(52.09, inspection.Latitude!.Value, 6);
        Assert.Equal(5.12, inspection.Longitude!.Value, 6);
        Assert.Equal(ExampleFiles.TaggedPupils, inspection.TaggedNames);
        using var csv = File.OpenRead(Path.Combine(ExampleFiles.Folder, "leerlingen.csv"));
        var pupils = RosterCsvReader.Read(csv, "leerlingen.csv").People.Where(p => p.Kind == PersonKind.Pupil).Select(p => p.FullName);
        Assert.All(inspection.TaggedNames, name => Assert.Contains(name, pupils));
    }

    [Fact]
    public void The_example_photo_without_metadata_has_none()
    {
        var path = Path.Combine(ExampleFiles.Folder, ExampleFiles.WithoutMetadata);

        var inspection = MediaInspector.Inspect(File.ReadAllBytes(path), ExampleFiles.WithoutMetadata);

        Assert.False(inspection.HasLocation);
        Assert.Empty(inspection.TaggedNames);
        Assert.Null(inspection.Credit);
        Assert.Equal(File.ReadAllBytes(path), MetadataStripper.Strip(File.ReadAllBytes(Path.Combine(ExampleFiles.Folder, ExampleFiles.WithLocation))));
    }

    [Fact]
    public void The_examples_are_what_the_test_images_make()
    {
        Assert.Equal(ExampleFiles.MakeWithLocation(), File.ReadAllBytes(Path.Combine(ExampleFiles.Folder, ExampleFiles.WithLocation)));
        Assert.Equal(ExampleFiles.MakeWithoutMetadata(), File.ReadAllBytes(Path.Combine(ExampleFiles.Folder, ExampleFiles.WithoutMetadata)));
    }

    // Writes into the working tree, so it never runs in CI; to remake the examples after changing TestImages, remove
    // Skip, run `dotnet test tests/Deelwijs.Media.Tests --filter WriteExamples`, and put Skip back.
    [Fact(Skip = "Writes examples/; run by hand after changing TestImages")]
    public void WriteExamples()
    {
        File.WriteAllBytes(Path.Combine(ExampleFiles.Folder, ExampleFiles.WithLocation), ExampleFiles.MakeWithLocation());
        File.WriteAllBytes(Path.Combine(ExampleFiles.Folder, ExampleFiles.WithoutMetadata), ExampleFiles.MakeWithoutMetadata());
        Assert.True(File.Exists(Path.Combine(ExampleFiles.Folder, ExampleFiles.WithLocation)));
    }
}
