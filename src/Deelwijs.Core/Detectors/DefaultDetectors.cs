using Deelwijs.Core.Engine;

namespace Deelwijs.Core.Detectors;

/// <summary>How to build the detectors every engine uses, in the order they run.</summary>
internal static class DefaultDetectors
{
    public static IEnumerable<Func<EngineSetup, IDetector>> Create()
    {
        yield return _ => new Disclaimer.DisclaimerDetector();
        yield return _ => new Affiliation.AffiliationDetector();
        yield return _ => new PupilParentDiscussion.PupilParentDiscussionDetector();
        yield return _ => new NegativeDiscussion.NegativeDiscussionDetector();
        yield return setup => new AccountAuthorization.AccountAuthorizationDetector(setup);
        yield return _ => new Lesson.DuringLessonDetector();
        yield return _ => new Doubt.DoubtDetector();
        yield return _ => new Language.LanguageDetector();
        yield return setup => new Names.NameDetector(setup);
        yield return _ => new Phone.PhoneDetector();
        yield return _ => new Email.EmailDetector();
        yield return _ => new Address.AddressDetector();
        yield return _ => new Bsn.BsnDetector();
        yield return _ => new Iban.IbanDetector();
        yield return _ => new BirthDate.BirthDateDetector();
        yield return setup => new SpecialCategory.SpecialCategoryDetector(setup);
        yield return setup => new Confidential.ConfidentialDetector(setup);
        yield return _ => new Media.MediaPermissionDetector();
        yield return setup => new Media.MediaConsentDetector(setup);
        yield return setup => new Media.MediaMetadataDetector(setup);
        yield return setup => new Media.NameWithPhotoDetector(setup);
        yield return _ => new Logo.PrivateProfileLogoDetector();
        yield break;
    }
}
