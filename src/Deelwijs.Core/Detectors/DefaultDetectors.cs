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
        yield return new Language.LanguageDetector();
        yield return new Names.NameDetector(setup);
        yield return new Phone.PhoneDetector();
        yield return new Email.EmailDetector();
        yield return new Address.AddressDetector();
        yield return new Bsn.BsnDetector();
        yield return new Iban.IbanDetector();
        yield return new BirthDate.BirthDateDetector();
        yield return new SpecialCategory.SpecialCategoryDetector(setup);
        yield return new Confidential.ConfidentialDetector(setup);
        yield return new Media.MediaPermissionDetector();
        yield return new Media.MediaConsentDetector(setup);
        yield return new Media.MediaMetadataDetector(setup);
        yield return new Media.NameWithPhotoDetector(setup);
        yield return new Logo.PrivateProfileLogoDetector();
        yield break;
    }
}
