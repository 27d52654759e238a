using MetadataExtractor;
using MetadataExtractor.Formats.Exif;

namespace Deelwijs.Media.Tests;

public sealed class MetadataStripperTests
{
    private static byte[] PhotoWithEverything(params byte[][] more) => TestImages.Jpeg(
    [
        TestImages.ExifSegment(TestExif.Ifd0(artist: "Juf Marieke", copyright: "Basisschool De Regenboog", location: (52.09, 5.12))),
        TestImages.XmpSegment(TestXmp.Packet(mwgFaces: ["Sanne van der Berg"], microsoftRegions: ["Daan Jansen"], personsInImage: ["Fatima el Amrani"])),
        TestImages.IptcSegment("Groep 6B op schoolreis"),
        TestImages.CommentSegment("Gemaakt op het schoolplein"),
        .. more,
    ]);

    [Fact]
    public void A_stripped_jpeg_has_no_location_names_or_credit()
    {
        var original = MediaInspector.Inspect(PhotoWithEverything(), "schoolreis.jpg");
        Assert.True(original.HasLocation);
        Assert.Equal(3, original.TaggedNames.Count);
        Assert.NotNull(original.Credit);

        var stripped = MetadataStripper.Strip(PhotoWithEverything())!;

        var inspection = MediaInspector.Inspect(stripped, "schoolreis.jpg");
        Assert.False(inspection.HasLocation);
        Assert.Empty(inspection.TaggedNames);
        Assert.Null(inspection.Credit);
    }

    [Fact]
    public void Stripping_a_jpeg_leaves_exactly_the_header_and_the_picture()
    {
        var stripped = MetadataStripper.Strip(PhotoWithEverything());

        Assert.Equal(TestImages.Jpeg(), stripped);
        Assert.Equal(TestImages.JpegPicture, stripped![^TestImages.JpegPicture.Length..]);
    }

    [Fact]
    public void The_colour_profile_stays()
    {
        var icc = TestImages.IccSegment();

        Assert.Equal(TestImages.Jpeg(icc), MetadataStripper.Strip(PhotoWithEverything(icc)));
    }

    [Fact]
    public void Other_app2_data_such_as_a_multi_picture_index_goes()
    {
        var multiPicture = TestImages.Segment(TestImages.App2, [.. "MPF\0"u8, .. "MM\0*"u8, 0, 0, 0, 8]);

        Assert.Equal(TestImages.Jpeg(), MetadataStripper.Strip(PhotoWithEverything(multiPicture)));
    }

    [Fact]
    public void Data_after_the_end_of_the_picture_goes()
    {
        byte[] withTrailer = [.. PhotoWithEverything(), .. TestImages.Jpeg(TestImages.ExifSegment(TestExif.Ifd0(location: (52.09, 5.12))))];

        Assert.Equal(TestImages.Jpeg(), MetadataStripper.Strip(withTrailer));
    }

    [Fact]
    public void A_photo_taken_upright_keeps_only_its_orientation()
    {
        var photo = TestImages.Jpeg(TestImages.ExifSegment(TestExif.Ifd0(artist: "Juf Marieke", location: (52.09, 5.12), orientation: 6)));

        var stripped = MetadataStripper.Strip(photo)!;

        var directories = ImageMetadataReader.ReadMetadata(new MemoryStream(stripped));
        var exif = Assert.Single(directories.OfType<ExifIfd0Directory>());
        Assert.Equal(6, exif.GetUInt16(ExifDirectoryBase.TagOrientation));
        Assert.Single(exif.Tags);
        Assert.Empty(directories.OfType<GpsDirectory>());
        Assert.Equal(TestImages.JpegPicture, stripped[^TestImages.JpegPicture.Length..]);
    }

    [Fact]
    public void A_stripped_png_keeps_its_pixels_and_loses_exif_xmp_text_and_time()
    {
        var plain = TestImages.Png(TestImages.Chunk("pHYs", [0, 0, 0x0B, 0x13, 0, 0, 0x0B, 0x13, 1]));
        var image = TestImages.Png(
            TestImages.Chunk("pHYs", [0, 0, 0x0B, 0x13, 0, 0, 0x0B, 0x13, 1]),
            TestImages.ExifChunk(TestExif.Ifd0(artist: "Juf Marieke", location: (52.09, 5.12))),
            TestImages.XmpChunk(TestXmp.Packet(mwgFaces: ["Sanne van der Berg"])),
            TestImages.TextChunk("Author", "Juf Marieke"),
            TestImages.Chunk("zTXt", [.. "Comment"u8, 0, 0, 0x78, 0x9C, 0x03, 0, 0, 0, 0, 1]),
            TestImages.Chunk("tIME", [0x07, 0xE9, 6, 12, 10, 30, 0]));

        var stripped = MetadataStripper.Strip(image)!;

        Assert.Equal(plain, stripped);
        var inspection = MediaInspector.Inspect(stripped, "tekening.png");
        Assert.False(inspection.HasLocation);
        Assert.Empty(inspection.TaggedNames);
        Assert.Null(inspection.Credit);
    }

    public static TheoryData<byte[]> NotCleanable => new()
    {
        TestImages.Gif(),
        TestImages.WebP(),
        TestImages.IsoMedia("heic"),
        TestImages.IsoMedia("isom"),
        TestImages.Mp3(withId3Tag: true),
        "%PDF-1.4"u8.ToArray(),
    };

    [Theory]
    [MemberData(nameof(NotCleanable))]
    public void Other_types_cannot_be_cleaned(byte[] content) => Assert.Null(MetadataStripper.Strip(content));

    [Fact]
    public void A_cut_off_jpeg_is_refused_as_damaged()
    {
        var refusal = Assert.Throws<MediaFileException>(() => MetadataStripper.Strip(PhotoWithEverything()[..100], "schoolreis.jpg"));

        Assert.Equal(MediaProblem.Damaged, refusal.Problem);
        Assert.StartsWith("Het bestand 'schoolreis.jpg' lijkt een foto, maar is beschadigd: het einde ontbreekt", refusal.Message);
    }
}
