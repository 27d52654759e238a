using Deelwijs.Core.Checks;
using Deelwijs.Core.Tests.Detectors.Situation;

namespace Deelwijs.Core.Tests.Detectors.Doubt;

public sealed class DoubtDetectorTests
{
    private const string Spec = "Detectors/Doubt/doubt.spec.yaml";

    public static TheoryData<string> Examples => SituationSpec.Names(Spec);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Detect_SpecExample_GivesExpectedFindings(string name) =>
        SituationSpec.Verify(Spec, name, FindingKinds.Doubt);

    [Fact]
    public void Detect_CriticalPost_AsksToConsultTheManager()
    {
        var finding = Assert.Single(SituationProtocol.Check(FindingKinds.Doubt,
            new CheckRequest("Belachelijk, die nieuwe roosters van SSOE. Op persoonlijke titel.")));

        Assert.Equal(FindingAction.Approval, finding.Action);
        Assert.Equal(["test/7"], finding.Rules);
        Assert.Equal(0, finding.Start);
        Assert.Contains("leidinggevende", finding.Suggestion);
    }
}
