using System.Collections.Frozen;

namespace Deelwijs.Core.Checks;

/// <summary>The finding kinds of the check contract; these names are stable.</summary>
public static class FindingKinds
{
    public const string Name = "personal-data.name";
    public const string Phone = "personal-data.phone";
    public const string Email = "personal-data.email";
    public const string Address = "personal-data.address";
    public const string Bsn = "personal-data.bsn";
    public const string Iban = "personal-data.iban";
    public const string BirthDate = "personal-data.birth-date";
    public const string SpecialCategory = "personal-data.special-category";
    public const string Confidential = "confidential";
    public const string Profanity = "language.profanity";
    public const string Insult = "language.insult";
    public const string Threat = "language.threat";
    public const string Discrimination = "language.discrimination";
    public const string Sexual = "language.sexual";
    public const string DisclaimerMissing = "disclaimer.missing";
    public const string AffiliationMissing = "affiliation.missing";
    public const string DiscussionPupilParent = "discussion.pupil-parent";
    public const string DiscussionNegative = "discussion.negative";
    public const string AccountNotAuthorized = "account.not-authorized";
    public const string DuringLesson = "lesson.during-lesson";
    public const string MediaConsentMissing = "media.consent-missing";
    public const string MediaNeedsPermission = "media.needs-permission";
    public const string MediaChannelNotAllowed = "media.channel-not-allowed";
    public const string MediaLocation = "media.location";
    public const string MediaCopyright = "media.copyright";
    public const string MediaNameWithPhoto = "media.name-with-photo";
    public const string LogoPrivateProfile = "logo.private-profile";
    public const string Doubt = "doubt";

    public static readonly FrozenSet<string> All = new[]
    {
        Name, Phone, Email, Address, Bsn, Iban, BirthDate, SpecialCategory, Confidential,
        Profanity, Insult, Threat, Discrimination, Sexual,
        DisclaimerMissing, AffiliationMissing, DiscussionPupilParent, DiscussionNegative,
        AccountNotAuthorized, DuringLesson,
        MediaConsentMissing, MediaNeedsPermission, MediaChannelNotAllowed, MediaLocation, MediaCopyright,
        MediaNameWithPhoto,
        LogoPrivateProfile, Doubt,
    }.ToFrozenSet(StringComparer.Ordinal);
}
