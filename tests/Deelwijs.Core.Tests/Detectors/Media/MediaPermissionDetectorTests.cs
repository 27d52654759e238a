using Deelwijs.Core.Checks;
using Deelwijs.Core.Media;
using static Deelwijs.Core.Tests.Detectors.Media.MediaProtocol;

namespace Deelwijs.Core.Tests.Detectors.Media;

public sealed class MediaPermissionDetectorTests
{
    private static CheckRequest WithVideo(Channel channel, Role role = Role.Staff) =>
        new("Kijk eens naar de musical!") { Channel = channel, Role = role, Media = [new MediaItem("musical.mp4", MediaKind.Video)] };

    [Fact]
    public void Media_from_school_needs_the_directies_yes()
    {
        var finding = Assert.Single(Check(FindingKinds.MediaNeedsPermission, WithVideo(Channel.SchoolApp)));

        Assert.Equal(FindingAction.Approval, finding.Action);
        Assert.Contains("directie", finding.Message);
    }

    [Fact]
    public void The_director_needs_no_one_elses_permission() =>
        Assert.Empty(Check(FindingKinds.MediaNeedsPermission, WithVideo(Channel.SchoolApp, Role.Director)));

    [Theory]
    [InlineData(Channel.SchoolApp, false)]
    [InlineData(Channel.Website, true)]
    [InlineData(Channel.SchoolAccount, true)]
    public void Media_only_in_the_school_app(Channel channel, bool reported)
    {
        var findings = Check(FindingKinds.MediaChannelNotAllowed, WithVideo(channel));

        Assert.Equal(reported, findings.Count == 1);
    }

    [Fact]
    public void Text_alone_needs_no_permission()
    {
        var result = Check(new CheckRequest("Morgen is de musical.") { Channel = Channel.Website });

        Assert.DoesNotContain(result.Findings, f => f.Kind.StartsWith("media.", StringComparison.Ordinal));
    }
}
