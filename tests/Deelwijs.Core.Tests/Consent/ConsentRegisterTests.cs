using Deelwijs.Core.Consent;
using Deelwijs.Core.Rosters;

namespace Deelwijs.Core.Tests.Consent;

public sealed class ConsentRegisterTests
{
    private static readonly Person Sanne = new(PersonKind.Pupil, "Sanne", "de", "Vries", new DateOnly(2014, 3, 14), "6B", "1234");
    private static readonly Person Daan = new(PersonKind.Pupil, "Daan", null, "Jansen", new DateOnly(2014, 7, 2), "6B", "1235");
    private static readonly SchoolYear Year = new(2026);

    private static ConsentDecision Decision(Person person, string purpose, bool granted, DateOnly day) =>
        new(person, purpose, granted, day, ConsentGiver.Parent, SchoolYear.Of(day));

    [Fact]
    public void Answer_TheLatestDecisionWins_AWithdrawalAfterConsentIsRefused()
    {
        var register = new ConsentRegister(
        [
            Decision(Sanne, ConsentPurposes.Website, false, new DateOnly(2026, 10, 1)),
            Decision(Sanne, ConsentPurposes.Website, true, new DateOnly(2026, 9, 1)),
            Decision(Sanne, ConsentPurposes.SocialMedia, true, new DateOnly(2026, 9, 1)),
        ], Year);

        Assert.Equal(ConsentAnswer.Refused, register.Answer(Sanne, ConsentPurposes.Website));
        Assert.Equal(ConsentAnswer.Given, register.Answer(Sanne, ConsentPurposes.SocialMedia));
    }

    [Fact]
    public void Answer_OnTheSameDay_TheLaterLineWins()
    {
        var day = new DateOnly(2026, 9, 1);
        var register = new ConsentRegister([Decision(Sanne, ConsentPurposes.Press, true, day), Decision(Sanne, ConsentPurposes.Press, false, day)], Year);

        Assert.Equal(ConsentAnswer.Refused, register.Answer(Sanne, ConsentPurposes.Press));
    }

    [Fact]
    public void Answer_WithoutADecisionForThisSchoolYear_IsNoAnswer()
    {
        var register = new ConsentRegister([Decision(Sanne, ConsentPurposes.Website, true, new DateOnly(2026, 7, 31))], Year);

        Assert.Equal(ConsentAnswer.NoAnswer, register.Answer(Sanne, ConsentPurposes.Website));
        Assert.Equal(ConsentAnswer.NoAnswer, register.Answer(Daan, ConsentPurposes.Website));
        Assert.Equal(ConsentAnswer.NoAnswer, ConsentRegister.Empty.Answer(Sanne, ConsentPurposes.Website));
    }

    [Fact]
    public void NameOf_APurpose_IsWhatParentsRead()
    {
        var register = new ConsentRegister([], Year, [new ConsentPurpose("jaarboek", "Jaarboek", "Foto's in het jaarboek.")]);

        Assert.Equal("Jaarboek", register.NameOf("jaarboek"));
        Assert.Equal("website", register.NameOf("website"));
        Assert.Equal("Sociale media van de school", new ConsentRegister([], Year).NameOf(ConsentPurposes.SocialMedia));
    }
}
