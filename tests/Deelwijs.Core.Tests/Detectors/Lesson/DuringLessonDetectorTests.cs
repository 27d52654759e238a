using Deelwijs.Core.Checks;
using Deelwijs.Core.Tests.Detectors.Situation;

namespace Deelwijs.Core.Tests.Detectors.Lesson;

public sealed class DuringLessonDetectorTests
{
    [Fact]
    public void Detect_StaffDuringLesson_AsksForPermission()
    {
        var finding = Assert.Single(SituationProtocol.Check(FindingKinds.DuringLesson,
            new CheckRequest("Even snel een update.") { DuringLesson = true }));

        Assert.Null(finding.Start);
        Assert.Equal(FindingAction.Approval, finding.Action);
        Assert.Equal(["test/6"], finding.Rules);
        Assert.Contains("toestemming", finding.Suggestion);
    }

    [Fact]
    public void Detect_PupilDuringLesson_SpeaksToThePupil()
    {
        var finding = Assert.Single(SituationProtocol.Check(FindingKinds.DuringLesson,
            new CheckRequest("saaiii") { DuringLesson = true, Role = Role.Pupil }));

        Assert.Contains("je leraar", finding.Message);
    }

    [Theory]
    [InlineData(Role.Staff, false)]
    [InlineData(Role.Parent, true)]
    public void Detect_NotInLessonOrRoleNotBound_ReportsNothing(Role role, bool duringLesson)
    {
        var findings = SituationProtocol.Check(FindingKinds.DuringLesson,
            new CheckRequest("Even snel een update.") { DuringLesson = duringLesson, Role = role });

        Assert.Empty(findings);
    }
}
