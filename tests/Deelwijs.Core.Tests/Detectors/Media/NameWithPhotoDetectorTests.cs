using Deelwijs.Core.Checks;
using Deelwijs.Core.Consent;
using Deelwijs.Core.Media;
using static Deelwijs.Core.Tests.Detectors.Media.MediaProtocol;

namespace Deelwijs.Core.Tests.Detectors.Media;

public sealed class NameWithPhotoDetectorTests
{
    private const string Text = "Goed gedaan Sanne de Vries!";

    [Fact]
    public void A_pupils_name_with_a_photo_is_marked_in_the_text()
    {
        var request = new CheckRequest(Text) { Channel = Channel.SchoolApp, Media = [new MediaItem("a.jpg", MediaKind.Photo)] };

        var finding = Assert.Single(Check(FindingKinds.MediaNameWithPhoto, request));

        Assert.Equal("Sanne de Vries", finding.Excerpt);
        Assert.Equal(Text.IndexOf("Sanne", StringComparison.Ordinal), finding.Start);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Without_pictures_a_name_is_not_a_name_with_a_photo(bool audio)
    {
        var request = new CheckRequest(Text) { Media = audio ? [new MediaItem("lied.mp3", MediaKind.Audio)] : [] };

        Assert.Empty(Check(FindingKinds.MediaNameWithPhoto, request));
    }

    [Fact]
    public void A_teachers_name_with_a_photo_is_not_a_childs_name() =>
        Assert.Empty(Check(FindingKinds.MediaNameWithPhoto,
            new CheckRequest("Bedankt Marieke Jansen!") { Media = [new MediaItem("a.jpg", MediaKind.Photo)], Consents = ConsentRegister.Empty }));
}
