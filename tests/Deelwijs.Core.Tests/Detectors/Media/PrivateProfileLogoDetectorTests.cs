using Deelwijs.Core.Checks;
using Deelwijs.Core.Media;
using static Deelwijs.Core.Tests.Detectors.Media.MediaProtocol;

namespace Deelwijs.Core.Tests.Detectors.Media;

public sealed class PrivateProfileLogoDetectorTests
{
    [Theory]
    [InlineData(Channel.PrivateAccount, "banner.png", true, true)]
    [InlineData(Channel.PrivateAccount, "schoollogo.png", false, true)]
    [InlineData(Channel.PrivateAccount, "banner.png", false, false)]
    [InlineData(Channel.SchoolAccount, "schoollogo.png", true, false)]
    public void The_logo_only_counts_on_a_private_profile(Channel channel, string file, bool showsLogo, bool reported)
    {
        var request = new CheckRequest("Mijn nieuwe profielfoto")
        {
            Channel = channel,
            Media = [new MediaItem(file, MediaKind.Photo) { ShowsSchoolLogo = showsLogo }],
        };

        Assert.Equal(reported, Check(FindingKinds.LogoPrivateProfile, request).Count == 1);
    }
}
