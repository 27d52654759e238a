using Deelwijs.Core.Media;

namespace Deelwijs.Media.Tests;

public sealed class MediaRefusalTests
{
    [Fact]
    public void An_empty_file_is_refused()
    {
        var refusal = Assert.Throws<MediaFileException>(() => MediaInspector.Inspect(Array.Empty<byte>(), "x.jpg"));

        Assert.Equal(MediaProblem.Empty, refusal.Problem);
        Assert.Equal("Het bestand 'x.jpg' is leeg.", refusal.Message);
    }

    [Fact]
    public void A_photo_over_the_limit_is_refused_with_its_size_and_the_limit()
    {
        var refusal = Assert.Throws<MediaFileException>(() => MediaLimits.Default.EnsureSize("x.jpg", MediaKind.Photo, 32_715_571));

        Assert.Equal(MediaProblem.TooLarge, refusal.Problem);
        Assert.Equal("De foto 'x.jpg' is 31,2 MB; een foto mag hoogstens 20 MB zijn.", refusal.Message);
    }

    [Theory]
    [InlineData(MediaKind.Photo, 20 * MediaLimits.Megabyte, 20 * MediaLimits.Megabyte + 1, "De foto 'f' is 20,1 MB; een foto mag hoogstens 20 MB zijn.")]
    [InlineData(MediaKind.Video, 200 * MediaLimits.Megabyte, 250 * MediaLimits.Megabyte, "De video 'f' is 250 MB; een video mag hoogstens 200 MB zijn.")]
    [InlineData(MediaKind.Audio, 50 * MediaLimits.Megabyte, 50 * MediaLimits.Megabyte + 1, "De geluidsopname 'f' is 50,1 MB; een geluidsopname mag hoogstens 50 MB zijn.")]
    public void Each_kind_has_its_own_limit(MediaKind kind, long largestAllowed, long tooLarge, string message)
    {
        MediaLimits.Default.EnsureSize("f", kind, largestAllowed);

        Assert.Equal(message, Assert.Throws<MediaFileException>(() => MediaLimits.Default.EnsureSize("f", kind, tooLarge)).Message);
    }

    [Fact]
    public void A_file_is_measured_against_the_limit_of_the_kind_its_content_shows()
    {
        var limits = new MediaLimits { MaxPhotoBytes = 100, MaxAudioBytes = 100 };
        var photo = TestImages.Jpeg();

        var refusal = Assert.Throws<MediaFileException>(() => MediaInspector.Inspect(photo, "klein.mp4", limits));

        Assert.Equal(MediaProblem.TooLarge, refusal.Problem);
        Assert.Equal($"De foto 'klein.mp4' is {photo.Length} bytes; een foto mag hoogstens 100 bytes zijn.", refusal.Message);
        Assert.Equal(MediaKind.Video, MediaInspector.Inspect(TestImages.IsoMedia("isom"), "film.mp4", limits).Kind);
    }

    [Fact]
    public void A_draft_may_carry_at_most_ten_files()
    {
        MediaLimits.Default.EnsureFileCount(10);

        var refusal = Assert.Throws<MediaFileException>(() => MediaLimits.Default.EnsureFileCount(11));

        Assert.Equal(MediaProblem.TooManyFiles, refusal.Problem);
        Assert.Equal("Bij één bericht passen hoogstens 10 bestanden; je hebt er 11 gekozen.", refusal.Message);
    }

    [Fact]
    public void A_jpeg_cut_off_in_its_metadata_is_damaged()
    {
        var photo = TestImages.Jpeg(TestImages.ExifSegment(TestExif.Ifd0(artist: "Juf Marieke", location: (52.09, 5.12))));

        var refusal = Assert.Throws<MediaFileException>(() => MediaInspector.Inspect(photo[..60], "x.jpg"));

        Assert.Equal(MediaProblem.Damaged, refusal.Problem);
        Assert.StartsWith("Het bestand 'x.jpg' lijkt een foto, maar is beschadigd: het einde ontbreekt", refusal.Message);
    }

    [Fact]
    public void A_jpeg_cut_off_in_its_picture_is_damaged()
    {
        var photo = TestImages.Jpeg();

        var refusal = Assert.Throws<MediaFileException>(() => MediaInspector.Inspect(photo[..^4], "x.jpg"));

        Assert.StartsWith("Het bestand 'x.jpg' lijkt een foto, maar is beschadigd: het einde ontbreekt", refusal.Message);
    }

    [Fact]
    public void A_png_without_its_end_is_damaged()
    {
        var image = TestImages.Png();

        var refusal = Assert.Throws<MediaFileException>(() => MediaInspector.Inspect(image[..^12], "tekening.png"));

        Assert.StartsWith("Het bestand 'tekening.png' lijkt een foto, maar is beschadigd: het einde ontbreekt", refusal.Message);
    }

    [Fact]
    public void Bytes_that_only_start_like_a_jpeg_are_damaged_not_a_crash()
    {
        byte[] garbage = [0xFF, 0xD8, 0xFF, 0x12, 0x34, 0x56, .. Enumerable.Repeat((byte)0x42, 40)];

        var refusal = Assert.Throws<MediaFileException>(() => MediaInspector.Inspect(garbage, "x.jpg"));

        Assert.Equal(MediaProblem.Damaged, refusal.Problem);
        Assert.StartsWith("Het bestand 'x.jpg' lijkt een foto, maar is beschadigd: ", refusal.Message);
    }

    [Fact]
    public void Every_cut_of_a_photo_with_metadata_is_either_read_or_refused_in_dutch()
    {
        var photo = TestImages.Jpeg(
            TestImages.ExifSegment(TestExif.Ifd0(artist: "Juf Marieke", location: (52.09, 5.12))),
            TestImages.XmpSegment(TestXmp.Packet(mwgFaces: ["Daan Jansen"])));

        for (var length = 1; length < photo.Length; length++)
        {
            var refusal = Assert.Throws<MediaFileException>(() => MediaInspector.Inspect(photo[..length], "x.jpg"));
            Assert.Contains("'x.jpg'", refusal.Message);
        }
    }

    [Theory]
    [MemberData(nameof(MediaFormatsTests.Accepted), MemberType = typeof(MediaFormatsTests))]
    public void A_cut_off_file_of_any_accepted_type_is_read_or_refused_in_dutch_never_a_crash(string fileName, byte[] content, string contentType, MediaKind kind)
    {
        _ = (contentType, kind);
        for (var length = 1; length < content.Length; length++)
        {
            try
            {
                MediaInspector.Inspect(content[..length], fileName);
            }
            catch (MediaFileException refusal)
            {
                Assert.Contains($"'{fileName}'", refusal.Message);
            }
        }
    }

    [Fact]
    public void A_cut_off_webp_is_damaged()
    {
        var refusal = Assert.Throws<MediaFileException>(() => MediaInspector.Inspect(TestImages.WebP()[..24], "plaatje.webp"));

        Assert.Equal("Het bestand 'plaatje.webp' lijkt een foto, maar is beschadigd: het einde ontbreekt (misschien is het niet helemaal opgeslagen of verstuurd). Sla het opnieuw op of kies een ander bestand.", refusal.Message);
    }
}
