using Deelwijs.Core.Checks;
using Deelwijs.Core.Tests.Detectors.Situation;

namespace Deelwijs.Core.Tests.Detectors.Affiliation;

public sealed class AffiliationDetectorTests
{
    private const string Spec = "Detectors/Affiliation/affiliation.spec.yaml";

    public static TheoryData<string> Examples => SituationSpec.Names(Spec);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Detect_SpecExample_GivesExpectedFindings(string name) =>
        SituationSpec.Verify(Spec, name, FindingKinds.AffiliationMissing);

    [Fact]
    public void Detect_MissingAffiliation_SuggestsSayingWhereAndAsWhat()
    {
        var finding = Assert.Single(SituationProtocol.Check(FindingKinds.AffiliationMissing,
            new CheckRequest("Onzin, SSOE doet dit prima.") { Context = PostContext.Work }));

        Assert.Equal(["test/2"], finding.Rules);
        Assert.Equal("SSOE", finding.Excerpt);
        Assert.Contains("in welke functie", finding.Suggestion);
        Assert.Contains("bij SSOE werkt", finding.Suggestion);
    }
}
