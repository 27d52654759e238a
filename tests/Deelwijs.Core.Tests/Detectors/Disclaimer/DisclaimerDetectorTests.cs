using Deelwijs.Core.Checks;
using Deelwijs.Core.Tests.Detectors.Situation;

namespace Deelwijs.Core.Tests.Detectors.Disclaimer;

public sealed class DisclaimerDetectorTests
{
    private const string Spec = "Detectors/Disclaimer/disclaimer.spec.yaml";

    public static TheoryData<string> Examples => SituationSpec.Names(Spec);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Detect_SpecExample_GivesExpectedFindings(string name) =>
        SituationSpec.Verify(Spec, name, FindingKinds.DisclaimerMissing);

    [Fact]
    public void Detect_MissingDisclaimer_CitesRuleAndSuggestsSentenceWithSchoolName()
    {
        var finding = Assert.Single(SituationProtocol.Check(FindingKinds.DisclaimerMissing,
            new CheckRequest("Waarom krijgt ssoe geen nieuwe gymzaal?")));

        Assert.Equal(FindingAction.Change, finding.Action);
        Assert.Equal(["test/1"], finding.Rules);
        Assert.Equal(14, finding.Start);
        Assert.Equal("ssoe", finding.Excerpt);
        Assert.Contains("persoonlijke mening", finding.Message);
        Assert.Contains("niet het standpunt van SSOE", finding.Suggestion);
    }

    [Fact]
    public void Detect_WorkContextOnPrivateAccount_IsNotBoundByPrivateRule()
    {
        var findings = SituationProtocol.Check(FindingKinds.DisclaimerMissing,
            new CheckRequest("SSOE moet meer investeren.") { Context = PostContext.Work });

        Assert.Empty(findings);
    }
}
