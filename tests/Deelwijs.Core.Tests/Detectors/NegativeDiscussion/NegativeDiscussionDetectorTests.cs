using Deelwijs.Core.Checks;
using Deelwijs.Core.Tests.Detectors.Situation;

namespace Deelwijs.Core.Tests.Detectors.NegativeDiscussion;

public sealed class NegativeDiscussionDetectorTests
{
    [Theory]
    [InlineData(Channel.SchoolAccount)]
    [InlineData(Channel.BoardAccount)]
    [InlineData(Channel.Website)]
    [InlineData(Channel.SchoolApp)]
    public void Detect_OfficialAccountInNegativeThread_ReportsThePost(Channel channel)
    {
        var finding = Assert.Single(SituationProtocol.Check(FindingKinds.DiscussionNegative,
            new CheckRequest("Wij herkennen dit beeld niet.") { Channel = channel, Role = Role.Director, NegativeThread = true }));

        Assert.Null(finding.Start);
        Assert.Equal(["test/4"], finding.Rules);
        Assert.Contains("negatieve discussie", finding.Message);
        Assert.Contains("persoonlijk", finding.Suggestion);
    }

    [Theory]
    [InlineData(Channel.PrivateAccount, true)]
    [InlineData(Channel.FunctionalAccount, true)]
    [InlineData(Channel.SchoolAccount, false)]
    public void Detect_PrivateOrFunctionalAccountOrNoNegativeThread_ReportsNothing(Channel channel, bool negativeThread)
    {
        var findings = SituationProtocol.Check(FindingKinds.DiscussionNegative,
            new CheckRequest("Wij herkennen dit beeld niet.") { Channel = channel, Role = Role.Director, NegativeThread = negativeThread });

        Assert.Empty(findings);
    }
}
