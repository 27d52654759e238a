using Deelwijs.Core.Media;

namespace Deelwijs.Media.Tests;

public sealed class MediaInspectorTests
{
    private static readonly (double, double) Utrecht = (52.09, 5.12);

    [Fact]
    public void A_jpeg_with_gps_has_its_location()
    {
        var photo = TestImages.Jpeg(TestImages.ExifSegment(TestExif.Ifd0(location: Utrecht)));

        var inspection = MediaInspector.Inspect(photo, "schoolreis.jpg");

        Assert.True(inspection.HasLocation);
        Assert.Equal(52.09, inspection.Latitude!.Value, 6);
        Assert.Equal(5.12, inspection.Longitude!.Value, 6);
        Assert.Equal("image/jpeg", inspection.ContentType);
        Assert.Equal(MediaKind.Photo, inspection.Kind);
    }

    [Fact]
    public void South_and_west_give_negative_coordinates()
    {
        var photo = TestImages.Jpeg(TestImages.ExifSegment(TestExif.Ifd0(location: (-33.8568, -70.6483))));

        var inspection = MediaInspector.Inspect(photo, "uitwisseling.jpg");

        Assert.Equal(-33.8568, inspection.Latitude!.Value, 4);
        Assert.Equal(-70.6483, inspection.Longitude!.Value, 4);
    }

    [Fact]
    public void Gps_of_zero_zero_is_a_camera_without_a_fix_not_a_place()
    {
        var photo = TestImages.Jpeg(TestImages.ExifSegment(TestExif.Ifd0(location: (0, 0))));

        var inspection = MediaInspector.Inspect(photo, "binnen.jpg");

        Assert.False(inspection.HasLocation);
        Assert.Null(inspection.Latitude);
    }

    [Fact]
    public void A_jpeg_without_metadata_has_no_location_names_or_credit()
    {
        var inspection = MediaInspector.Inspect(TestImages.Jpeg(), "plein.jpg");

        Assert.False(inspection.HasLocation);
        Assert.Empty(inspection.TaggedNames);
        Assert.Null(inspection.Credit);
    }

    [Fact]
    public void Face_regions_of_lightroom_digikam_and_picasa_give_the_tagged_names()
    {
        var photo = TestImages.Jpeg(TestImages.XmpSegment(TestXmp.Packet(mwgFaces: ["Sanne van der Berg", "Daan Jansen"])));

        var inspection = MediaInspector.Inspect(photo, "klas.jpg");

        Assert.Equal(["Sanne van der Berg", "Daan Jansen"], inspection.TaggedNames);
    }

    [Fact]
    public void Windows_photo_regions_and_iptc_persons_give_the_tagged_names()
    {
        var photo = TestImages.Jpeg(TestImages.XmpSegment(TestXmp.Packet(
            microsoftRegions: ["Fatima el Amrani"], personsInImage: ["Peter de Vries"])));

        var inspection = MediaInspector.Inspect(photo, "sportdag.jpg");

        Assert.Equal(["Fatima el Amrani", "Peter de Vries"], inspection.TaggedNames);
    }

    [Fact]
    public void A_person_tagged_by_several_programs_is_named_once_in_schema_order()
    {
        var photo = TestImages.Jpeg(TestImages.XmpSegment(TestXmp.Packet(
            mwgFaces: ["Daan Jansen"],
            microsoftRegions: ["Sanne van der Berg", "daan jansen"],
            personsInImage: ["Daan Jansen", "  Fatima   el Amrani "])));

        var inspection = MediaInspector.Inspect(photo, "musical.jpg");

        Assert.Equal(["Daan Jansen", "Sanne van der Berg", "Fatima el Amrani"], inspection.TaggedNames);
    }

    [Fact]
    public void A_named_pet_region_is_not_a_person()
    {
        var photo = TestImages.Jpeg(TestImages.XmpSegment(TestXmp.Packet(mwgFaces: ["Daan Jansen"], mwgPet: "Bello")));

        Assert.Equal(["Daan Jansen"], MediaInspector.Inspect(photo, "klassenhuisdier.jpg").TaggedNames);
    }

    [Fact]
    public void The_exif_artist_is_the_credit_before_the_copyright()
    {
        var photo = TestImages.Jpeg(TestImages.ExifSegment(TestExif.Ifd0(artist: "Persbureau Noord", copyright: "© 2025 Persbureau Noord BV")));

        Assert.Equal("Persbureau Noord", MediaInspector.Inspect(photo, "pers.jpg").Credit);
    }

    [Fact]
    public void The_exif_copyright_is_the_credit_when_no_maker_is_named()
    {
        var photo = TestImages.Jpeg(TestImages.ExifSegment(TestExif.Ifd0(copyright: "Fotostudio Zon")));

        Assert.Equal("Fotostudio Zon", MediaInspector.Inspect(photo, "portret.jpg").Credit);
    }

    [Theory]
    [InlineData("Anna Fotograaf", null, "Anna Fotograaf")]
    [InlineData(null, "© Beeldbank Noord", "© Beeldbank Noord")]
    public void The_xmp_creator_or_rights_is_the_credit(string? creator, string? rights, string expected)
    {
        var photo = TestImages.Jpeg(TestImages.XmpSegment(TestXmp.Packet(creator: creator, rights: rights)));

        Assert.Equal(expected, MediaInspector.Inspect(photo, "beeldbank.jpg").Credit);
    }

    [Fact]
    public void A_png_with_exif_and_xmp_chunks_has_location_names_and_credit()
    {
        var image = TestImages.Png(
            TestImages.ExifChunk(TestExif.Ifd0(location: Utrecht)),
            TestImages.XmpChunk(TestXmp.Packet(mwgFaces: ["Sanne van der Berg"], creator: "Juf Marieke")));

        var inspection = MediaInspector.Inspect(image, "tekening.png");

        Assert.Equal("image/png", inspection.ContentType);
        Assert.True(inspection.HasLocation);
        Assert.Equal(52.09, inspection.Latitude!.Value, 6);
        Assert.Equal(["Sanne van der Berg"], inspection.TaggedNames);
        Assert.Equal("Juf Marieke", inspection.Credit);
    }

    [Fact]
    public void The_media_item_carries_what_the_file_and_the_author_say()
    {
        var photo = TestImages.Jpeg(
            TestImages.ExifSegment(TestExif.Ifd0(artist: "Persbureau Noord", location: Utrecht)),
            TestImages.XmpSegment(TestXmp.Packet(mwgFaces: ["Daan Jansen"])));

        var item = MediaInspector.Inspect(photo, "plein.jpg").ToItem(notOwnWork: true, showsSchoolLogo: true);

        Assert.Equal("plein.jpg", item.FileName);
        Assert.Equal(MediaKind.Photo, item.Kind);
        Assert.True(item.HasLocation);
        Assert.Equal(["Daan Jansen"], item.TaggedNames);
        Assert.Equal("Persbureau Noord", item.Credit);
        Assert.True(item.NotOwnWork);
        Assert.True(item.ShowsSchoolLogo);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_video_from_a_phone_has_its_location(bool asIphone)
    {
        var video = TestImages.MovieWithLocation("+52.0900+005.1200+003.000/", asIphone);

        var inspection = MediaInspector.Inspect(video, "schoolreis.mov");

        Assert.Equal(MediaKind.Video, inspection.Kind);
        Assert.True(inspection.HasLocation);
        Assert.Equal(52.09, inspection.Latitude!.Value, 6);
        Assert.Equal(5.12, inspection.Longitude!.Value, 6);
    }

    [Theory]
    [InlineData("-33.8568-070.6483/", -33.8568, -70.6483)]
    [InlineData("+52.09+005.12", 52.09, 5.12)]
    public void A_video_location_in_decimal_degrees_is_read(string iso6709, double latitude, double longitude)
    {
        var point = Iso6709.Parse(iso6709);

        Assert.Equal((latitude, longitude), point);
    }

    [Theory]
    [InlineData("+5205.40+00507.20/")]
    [InlineData("Utrecht")]
    [InlineData("")]
    public void A_video_location_in_another_form_is_not_guessed(string iso6709) => Assert.Null(Iso6709.Parse(iso6709));
}
