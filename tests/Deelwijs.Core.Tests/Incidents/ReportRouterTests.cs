using Deelwijs.Core.Checks;
using Deelwijs.Core.Incidents;
using Deelwijs.Core.Protocols;

namespace Deelwijs.Core.Tests.Incidents;

public sealed class ReportRouterTests
{
    private static Protocol Seed(string id)
    {
        Assert.True(ProtocolCatalog.TryGet(id, out var protocol));
        return protocol;
    }

    [Theory]
    [InlineData("ssoe", Role.Manager)]
    [InlineData("johan-de-witt", Role.Manager)]
    [InlineData("asko", Role.Director)]
    [InlineData("konot", Role.Director)]
    [InlineData("de-regenboog", Role.Director)]
    public void Report_GoesToWhomTheProtocolNames(string protocolId, Role expected)
    {
        var routing = ReportRouter.Route(Seed(protocolId), IncidentCategory.Cyberbullying);

        Assert.Equal(expected, routing.To);
        Assert.False(routing.ConfidantOnly);
        Assert.StartsWith("Je melding over cyberpesten gaat naar ", routing.Explanation);
    }

    [Fact]
    public void StaffBreach_AtJohanDeWitt_GoesToTheSchoolLeadership()
    {
        var protocol = Seed("johan-de-witt");

        Assert.Equal(Role.Director, ReportRouter.Route(protocol, IncidentCategory.StaffBreach).To);
        Assert.Equal(Role.Manager, ReportRouter.Route(protocol, IncidentCategory.DerailingDiscussion).To);
    }

    [Fact]
    public void ConfidantOnly_GoesOnlyToTheConfidant()
    {
        var routing = ReportRouter.Route(Seed("de-regenboog"), IncidentCategory.Cyberbullying, confidantOnly: true);

        Assert.Equal(Role.Confidant, routing.To);
        Assert.True(routing.ConfidantOnly);
        Assert.Equal(["de-regenboog/13", "de-regenboog/L.7"], routing.Rules);
    }

    [Fact]
    public void ChosenRecipient_IsHonouredOnlyWhenTheProtocolAllowsIt()
    {
        Assert.Equal(Role.Board, ReportRouter.Route(Seed("ssoe"), IncidentCategory.Threat, chosen: Role.Board).To);

        var refused = Assert.Throws<ReportRoutingException>(() => ReportRouter.Route(Seed("de-regenboog"), IncidentCategory.Threat, chosen: Role.Board));
        Assert.Equal("Een melding kan bij deze school niet rechtstreeks naar het bestuur; kies de directie of de vertrouwenspersoon.", refused.Message);
    }

    [Fact]
    public void ConfidantOnly_WhenTheSchoolSwitchedItOff_IsRefusedRatherThanSentToSomeoneElse()
    {
        var rules = Seed("ssoe").Reporting with { ConfidantOnlyAllowed = false };

        var refused = Assert.Throws<ReportRoutingException>(() => ReportRouter.Route(rules, IncidentCategory.Sexting, confidantOnly: true));

        Assert.Contains("niet alleen naar de vertrouwenspersoon", refused.Message);
    }
}
