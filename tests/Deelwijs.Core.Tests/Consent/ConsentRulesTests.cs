using Deelwijs.Core.Consent;
using Deelwijs.Core.Rosters;

namespace Deelwijs.Core.Tests.Consent;

public sealed class ConsentRulesTests
{
    private static readonly Person Pupil = new(PersonKind.Pupil, "Sanne", "de", "Vries", new DateOnly(2010, 3, 14), "4B", "1234");

    [Fact]
    public void WhoDecides_TheDayBeforeThe16thBirthday_IsTheParent()
    {
        Assert.Equal(ConsentGiver.Parent, ConsentRules.WhoDecides(Pupil, new DateOnly(2026, 3, 13)));
    }

    [Fact]
    public void WhoDecides_OnThe16thBirthday_IsThePupil()
    {
        Assert.Equal(ConsentGiver.Pupil, ConsentRules.WhoDecides(Pupil, new DateOnly(2026, 3, 14)));
    }

    [Fact]
    public void WhoDecides_ForABirthdayOn29February_IsThePupilFrom29February16YearsLater()
    {
        var leapling = Pupil with { BirthDate = new DateOnly(2012, 2, 29) };

        Assert.Equal(ConsentGiver.Parent, ConsentRules.WhoDecides(leapling, new DateOnly(2028, 2, 28)));
        Assert.Equal(ConsentGiver.Pupil, ConsentRules.WhoDecides(leapling, new DateOnly(2028, 2, 29)));
    }

    [Theory]
    [InlineData(PersonKind.Staff)]
    [InlineData(PersonKind.Parent)]
    public void WhoDecides_ForStaffAndParents_IsThemselves(PersonKind kind)
    {
        Assert.Equal(ConsentGiver.Self, ConsentRules.WhoDecides(Pupil with { Kind = kind }, new DateOnly(2020, 1, 1)));
    }

    [Fact]
    public void WhoDecides_WithoutABirthDate_IsTheParent()
    {
        Assert.Equal(ConsentGiver.Parent, ConsentRules.WhoDecides(Pupil with { BirthDate = null }, new DateOnly(2040, 1, 1)));
    }

    [Fact]
    public void Problem_AParentFor16YearOld_AndA15YearOldForThemselves_AreRefusedInDutch()
    {
        var parentTooLate = ConsentRules.Problem(Pupil, ConsentGiver.Parent, new DateOnly(2026, 3, 14));
        var pupilTooEarly = ConsentRules.Problem(Pupil, ConsentGiver.Pupil, new DateOnly(2026, 3, 13));

        Assert.Equal("Sanne de Vries was op 14-03-2026 al 16 jaar of ouder en beslist dan zelf; de toestemming moet door de leerling gegeven zijn", parentTooLate);
        Assert.Equal("Sanne de Vries was op 13-03-2026 jonger dan 16; dan beslissen de ouders of verzorgers", pupilTooEarly);
        Assert.Null(ConsentRules.Problem(Pupil, ConsentGiver.Parent, new DateOnly(2026, 3, 13)));
        Assert.Null(ConsentRules.Problem(Pupil, ConsentGiver.Self, new DateOnly(2026, 3, 14)));
    }
}
