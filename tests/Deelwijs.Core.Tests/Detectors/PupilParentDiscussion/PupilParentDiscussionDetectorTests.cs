using Deelwijs.Core.Checks;
using Deelwijs.Core.Tests.Detectors.Situation;

namespace Deelwijs.Core.Tests.Detectors.PupilParentDiscussion;

public sealed class PupilParentDiscussionDetectorTests
{
    [Theory]
    [InlineData(ReplyTo.Parent, Channel.PrivateAccount, "een ouder")]
    [InlineData(ReplyTo.Pupil, Channel.PrivateAccount, "een leerling")]
    [InlineData(ReplyTo.Parent, Channel.SchoolAccount, "een ouder")]
    public void Detect_EmployeeRepliesToPupilOrParent_ReportsThePost(ReplyTo replyTo, Channel channel, string who)
    {
        var finding = Assert.Single(SituationProtocol.Check(FindingKinds.DiscussionPupilParent,
            new CheckRequest("Dat ziet u verkeerd, het huiswerk was gewoon duidelijk.") { ReplyTo = replyTo, Channel = channel, Role = Role.Director }));

        Assert.Null(finding.Start);
        Assert.Equal(FindingAction.Forbidden, finding.Action);
        Assert.Equal(["test/3"], finding.Rules);
        Assert.Contains(who, finding.Message);
        Assert.Contains("persoonlijk contact", finding.Suggestion);
    }

    [Theory]
    [InlineData(ReplyTo.Parent, Channel.SchoolApp, Role.Staff)]
    [InlineData(ReplyTo.Pupil, Channel.FunctionalAccount, Role.Staff)]
    [InlineData(ReplyTo.Staff, Channel.PrivateAccount, Role.Staff)]
    [InlineData(ReplyTo.Public, Channel.PrivateAccount, Role.Staff)]
    [InlineData(ReplyTo.None, Channel.PrivateAccount, Role.Staff)]
    [InlineData(ReplyTo.Parent, Channel.PrivateAccount, Role.Parent)]
    [InlineData(ReplyTo.Pupil, Channel.PrivateAccount, Role.Pupil)]
    public void Detect_FunctionalContactOrNoPupilParentReply_ReportsNothing(ReplyTo replyTo, Channel channel, Role role)
    {
        var findings = SituationProtocol.Check(FindingKinds.DiscussionPupilParent,
            new CheckRequest("Morgen gymspullen meenemen!") { ReplyTo = replyTo, Channel = channel, Role = role });

        Assert.Empty(findings);
    }
}
