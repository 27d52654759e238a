using Deelwijs.Core.Checks;
using Deelwijs.Core.Consent;
using Deelwijs.Core.Media;
using static Deelwijs.Core.Tests.Detectors.Media.MediaProtocol;

namespace Deelwijs.Core.Tests.Detectors.Media;

public sealed class MediaConsentDetectorTests
{
    private static readonly SchoolYear Year = new(2026);
    private static readonly MediaItem Photo = new("schoolreis.jpg", MediaKind.Photo);

    private static ConsentRegister Register(params ConsentDecision[] decisions) => new(decisions, Year);

    private static ConsentDecision Decision(Core.Rosters.Person person, string purpose, bool granted, int day) =>
        new(person, purpose, granted, new DateOnly(2026, 9, day), ConsentGiver.Parent, Year);

    private static CheckRequest PhotoOf(Channel channel, ConsentRegister consents, params Core.Rosters.Person[] people) =>
        new("Wat een mooie schoolreis!")
        {
            Channel = channel,
            Media = [Photo],
            Depicted = people.Select(p => new DepictedPerson(p.FullName, p)).ToList(),
            Consents = consents,
        };

    [Fact]
    public void A_child_with_consent_for_the_channels_purpose_may_be_shown()
    {
        var consents = Register(Decision(Sanne, ConsentPurposes.SocialMedia, true, 1));

        Assert.Empty(Check(FindingKinds.MediaConsentMissing, PhotoOf(Channel.SchoolAccount, consents, Sanne)));
    }

    [Fact]
    public void A_withdrawal_after_consent_wins_and_names_the_child()
    {
        var consents = Register(
            Decision(Sanne, ConsentPurposes.SocialMedia, true, 1),
            Decision(Sanne, ConsentPurposes.SocialMedia, false, 20));

        var finding = Assert.Single(Check(FindingKinds.MediaConsentMissing, PhotoOf(Channel.SchoolAccount, consents, Sanne)));

        Assert.Equal(FindingAction.Forbidden, finding.Action);
        Assert.Contains("Sanne de Vries", finding.Message);
        Assert.Contains("geen toestemming", finding.Message);
    }

    [Fact]
    public void No_answer_this_school_year_means_no_consent()
    {
        var lastYear = new ConsentDecision(Sanne, ConsentPurposes.SocialMedia, true, new DateOnly(2025, 9, 1), ConsentGiver.Parent, new SchoolYear(2025));

        var finding = Assert.Single(Check(FindingKinds.MediaConsentMissing,
            PhotoOf(Channel.SchoolAccount, new ConsentRegister([lastYear], Year), Sanne)));

        Assert.Contains("2026-2027", finding.Message);
        Assert.Contains("Geen antwoord betekent: geen toestemming", finding.Message);
    }

    [Theory]
    [InlineData(Channel.Website, false)]
    [InlineData(Channel.SchoolApp, true)]
    [InlineData(Channel.SchoolAccount, true)]
    [InlineData(Channel.PrivateAccount, true)]
    public void The_channel_decides_which_purpose_counts(Channel channel, bool missing)
    {
        var consents = Register(
            Decision(Daan, ConsentPurposes.Website, true, 1),
            Decision(Daan, ConsentPurposes.SocialMedia, false, 1));

        var findings = Check(FindingKinds.MediaConsentMissing, PhotoOf(channel, consents, Daan));

        Assert.Equal(missing, findings.Count == 1);
    }

    [Fact]
    public void Every_depicted_person_without_consent_gets_a_finding_of_their_own()
    {
        var consents = Register(Decision(Juf, ConsentPurposes.Website, true, 1));

        var findings = Check(FindingKinds.MediaConsentMissing, PhotoOf(Channel.Website, consents, Sanne, Daan, Juf));

        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f => f.Message.Contains("Sanne de Vries", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.Contains("Daan Bakker", StringComparison.Ordinal));
    }

    [Fact]
    public void Names_tagged_in_the_photo_count_as_depicted_and_are_matched_to_the_roster()
    {
        var tagged = Photo with { TaggedNames = ["sanne DE vries", "Onbekend Kind"] };
        var request = new CheckRequest("Sportdag!")
        {
            Channel = Channel.SchoolAccount,
            Media = [tagged],
            Consents = Register(Decision(Sanne, ConsentPurposes.SocialMedia, true, 1)),
        };

        var finding = Assert.Single(Check(FindingKinds.MediaConsentMissing, request));

        Assert.Contains("Onbekend Kind", finding.Message);
        Assert.Contains("niet in de leerlingenlijst", finding.Message);
    }

    [Fact]
    public void A_person_chosen_and_tagged_is_reported_once()
    {
        var request = PhotoOf(Channel.SchoolAccount, Register(), Sanne) with { Media = [Photo with { TaggedNames = ["Sanne de Vries"] }] };

        Assert.Single(Check(FindingKinds.MediaConsentMissing, request));
    }

    [Fact]
    public void A_post_without_media_or_people_needs_no_consent() =>
        Assert.Empty(Check(FindingKinds.MediaConsentMissing, new CheckRequest("Fijne vakantie allemaal!") { Channel = Channel.SchoolAccount }));
}
