using Deelwijs.Core.Checks;
using Deelwijs.Core.Tests.Detectors.Situation;

namespace Deelwijs.Core.Tests.Detectors.AccountAuthorization;

public sealed class AccountAuthorizationDetectorTests
{
    [Theory]
    [InlineData(Channel.BoardAccount, Role.Staff)]
    [InlineData(Channel.BoardAccount, Role.Communications)]
    [InlineData(Channel.SchoolAccount, Role.Pupil)]
    [InlineData(Channel.SchoolAccount, Role.Parent)]
    [InlineData(Channel.Website, Role.Director)]
    public void Detect_RoleNotListedForAccount_ReportsThePost(Channel channel, Role role)
    {
        var finding = Assert.Single(SituationProtocol.Check(FindingKinds.AccountNotAuthorized,
            new CheckRequest("Volgende week is de open dag.") { Channel = channel, Role = role }));

        Assert.Null(finding.Start);
        Assert.Equal(FindingAction.Forbidden, finding.Action);
        Assert.Equal(["test/5"], finding.Rules);
    }

    [Fact]
    public void Detect_StaffOnBoardAccount_NamesWhoMayPost()
    {
        var finding = Assert.Single(SituationProtocol.Check(FindingKinds.AccountNotAuthorized,
            new CheckRequest("Volgende week is de open dag.") { Channel = Channel.BoardAccount }));

        Assert.Equal(
            "Op het account van het bestuur mogen volgens het protocol alleen het bestuur, de directie en stafmedewerkers berichten plaatsen. "
            + "Jij schrijft als medewerker, en die rol hoort daar niet bij.",
            finding.Message);
        Assert.Contains("(het bestuur, de directie en stafmedewerkers)", finding.Suggestion);
    }

    [Theory]
    [InlineData(Channel.BoardAccount, Role.Office)]
    [InlineData(Channel.BoardAccount, Role.Board)]
    [InlineData(Channel.SchoolAccount, Role.Staff)]
    [InlineData(Channel.SchoolAccount, Role.Manager)]
    [InlineData(Channel.SchoolAccount, Role.Communications)]
    [InlineData(Channel.Website, Role.Communications)]
    [InlineData(Channel.SchoolApp, Role.Pupil)]
    [InlineData(Channel.FunctionalAccount, Role.Staff)]
    [InlineData(Channel.PrivateAccount, Role.Pupil)]
    public void Detect_RoleAllowedOrAccountNotListed_ReportsNothing(Channel channel, Role role)
    {
        var findings = SituationProtocol.Check(FindingKinds.AccountNotAuthorized,
            new CheckRequest("Volgende week is de open dag.") { Channel = channel, Role = role });

        Assert.Empty(findings);
    }
}
