using Deelwijs.Core.Checks;
using Deelwijs.Core.Media;
using static Deelwijs.Core.Tests.Detectors.Media.MediaProtocol;

namespace Deelwijs.Core.Tests.Detectors.Media;

public sealed class MediaMetadataDetectorTests
{
    private static CheckRequest With(MediaItem item, string text = "Het nieuwe schoolplein!") =>
        new(text) { Channel = Channel.SchoolApp, Role = Role.Director, Media = [item] };

    [Fact]
    public void A_photo_with_gps_asks_for_a_copy_without_location()
    {
        var finding = Assert.Single(Check(FindingKinds.MediaLocation, With(new MediaItem("plein.jpg", MediaKind.Photo) { HasLocation = true })));

        Assert.Equal(FindingAction.Change, finding.Action);
        Assert.Contains("plein.jpg", finding.Message);
        Assert.Contains("zonder locatie", finding.Suggestion);
    }

    [Fact]
    public void A_photo_without_gps_is_fine() =>
        Assert.Empty(Check(FindingKinds.MediaLocation, With(new MediaItem("plein.jpg", MediaKind.Photo))));

    [Fact]
    public void Someone_elses_work_without_a_source_is_reported()
    {
        var finding = Assert.Single(Check(FindingKinds.MediaCopyright, With(new MediaItem("plaatje.png", MediaKind.Photo) { NotOwnWork = true })));

        Assert.Equal(FindingAction.Forbidden, finding.Action);
    }

    [Theory]
    [InlineData("Het nieuwe schoolplein! Foto: Persbureau Noord")]
    [InlineData("Het nieuwe schoolplein (© Persbureau Noord)")]
    [InlineData("Dank je wel Persbureau Noord voor het mooie beeld")]
    public void Someone_elses_work_with_its_source_is_fine(string text)
    {
        var item = new MediaItem("plein.jpg", MediaKind.Photo) { Credit = "Persbureau Noord" };

        Assert.Empty(Check(FindingKinds.MediaCopyright, With(item, text)));
    }

    [Fact]
    public void A_maker_named_in_the_file_who_is_not_the_school_is_reported_by_name()
    {
        var finding = Assert.Single(Check(FindingKinds.MediaCopyright, With(new MediaItem("plein.jpg", MediaKind.Photo) { Credit = "Persbureau Noord" })));

        Assert.Contains("Persbureau Noord", finding.Message);
    }

    [Theory]
    [InlineData("Marieke Jansen")]
    [InlineData("Fotoclub De Regenboog")]
    public void A_photo_by_a_colleague_or_the_school_itself_is_the_schools_own(string credit) =>
        Assert.Empty(Check(FindingKinds.MediaCopyright, With(new MediaItem("plein.jpg", MediaKind.Photo) { Credit = credit })));
}
