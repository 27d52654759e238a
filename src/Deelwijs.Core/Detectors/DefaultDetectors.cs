using Deelwijs.Core.Engine;

namespace Deelwijs.Core.Detectors;

/// <summary>The detectors every engine uses, in the order they run.</summary>
internal static class DefaultDetectors
{
    public static IEnumerable<IDetector> Create(EngineSetup setup)
    {
        yield return new Disclaimer.DisclaimerDetector();
        yield return new Affiliation.AffiliationDetector();
        yield return new PupilParentDiscussion.PupilParentDiscussionDetector();
        yield return new NegativeDiscussion.NegativeDiscussionDetector();
        yield return new AccountAuthorization.AccountAuthorizationDetector(setup);
        yield return new Lesson.DuringLessonDetector();
        yield return new Doubt.DoubtDetector();
        yield break;
    }
}
