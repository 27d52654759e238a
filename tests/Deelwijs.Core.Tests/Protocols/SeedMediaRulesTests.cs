using Deelwijs.Core.Checks;
using Deelwijs.Core.Consent;
using Deelwijs.Core.Engine;
using Deelwijs.Core.Media;
using Deelwijs.Core.Protocols;
using Deelwijs.Core.Rosters;

namespace Deelwijs.Core.Tests.Protocols;

/// <summary>How the five seed protocols weigh the same photo: each follows its own articles on images.</summary>
public sealed class SeedMediaRulesTests
{
    private static readonly Person Pupil = new(PersonKind.Pupil, "Sanne", "de", "Vries", new DateOnly(2014, 3, 2), "6B");
    private static readonly SchoolYear Year = new(2026);

    private static CheckResult Check(string protocolId, Channel channel, bool consent, string text = "Wat een mooie sportdag!")
    {
        Assert.True(ProtocolCatalog.TryGet(protocolId, out var protocol));
        var engine = new EngineBuilder(protocol).WithRoster(new Roster([Pupil])).Build();
        var decisions = consent
            ? new[] { ConsentPurposes.SocialMedia, ConsentPurposes.Website, ConsentPurposes.SchoolApp }
                .Select(p => new ConsentDecision(Pupil, p, true, new DateOnly(2026, 9, 1), ConsentGiver.Parent, Year))
            : [];
        return engine.Check(new CheckRequest(text)
        {
            Channel = channel,
            Context = PostContext.Work,
            Media = [new MediaItem("sportdag.jpg", MediaKind.Photo)],
            Depicted = [new DepictedPerson(Pupil.FullName, Pupil)],
            Consents = new ConsentRegister(decisions, Year),
        });
    }

    [Theory]
    [InlineData("ssoe")]
    [InlineData("asko")]
    [InlineData("johan-de-witt")]
    [InlineData("konot")]
    [InlineData("de-regenboog")]
    public void Without_consent_a_photo_of_a_pupil_may_not_go_online(string protocolId)
    {
        var result = Check(protocolId, Channel.SchoolApp, consent: false);

        Assert.Equal(Verdict.NotAllowed, result.Verdict);
        Assert.Contains(result.Findings, f => f.Kind == FindingKinds.MediaConsentMissing);
    }

    [Fact]
    public void Johan_de_Witt_asks_the_directies_permission_even_with_consent()
    {
        var result = Check("johan-de-witt", Channel.SchoolAccount, consent: true);

        var finding = Assert.Single(MediaFindings(result));
        Assert.Equal(FindingKinds.MediaNeedsPermission, finding.Kind);
        Assert.Equal(["johan-de-witt/5.1.5"], finding.Rules);
        Assert.Equal(Verdict.NeedsApproval, result.Verdict);
    }

    [Fact]
    public void De_Regenboog_allows_photos_only_in_the_school_app_and_never_with_a_name()
    {
        Assert.Equal(Verdict.Allowed, Check("de-regenboog", Channel.SchoolApp, consent: true).Verdict);
        Assert.Contains(Check("de-regenboog", Channel.SchoolAccount, consent: true).Findings,
            f => f.Kind == FindingKinds.MediaChannelNotAllowed);
        Assert.Contains(Check("de-regenboog", Channel.SchoolApp, consent: true, "Goed gedaan Sanne!").Findings,
            f => f.Kind == FindingKinds.MediaNameWithPhoto);
    }

    [Theory]
    [InlineData("ssoe")]
    [InlineData("asko")]
    public void With_consent_for_the_purpose_the_photo_may_go_on_the_school_account(string protocolId) =>
        Assert.Empty(MediaFindings(Check(protocolId, Channel.SchoolAccount, consent: true)));

    private static IEnumerable<Finding> MediaFindings(CheckResult result) =>
        result.Findings.Where(f => f.Kind.StartsWith("media.", StringComparison.Ordinal));
}
