using Deelwijs.Core.Checks;
using Deelwijs.Core.Tests.Detectors.Names;

namespace Deelwijs.Core.Tests.Detectors.BirthDate;

public sealed class BirthDateDetectorTests
{
    [Theory]
    [InlineData("Sanne is geboren op 14-03-2012.", "14-03-2012")]
    [InlineData("Geboortedatum: 14/3/2012", "14/3/2012")]
    [InlineData("geb. 14.03.2012, groep 6", "14.03.2012")]
    [InlineData("Daan is op 14 maart 2012 geboren.", "14 maart 2012")]
    [InlineData("Hoera, Sanne is 3 mei jarig!", "3 mei")]
    [InlineData("Op 12 okt. viert ze haar verjaardag.", "12 okt.")]
    [InlineData("Daan wordt 8 op 2012-03-14, gefeliciteerd!", "2012-03-14")]
    [InlineData("Op 14-3 werd Sanne 9 jaar.", "14-3")]
    public void Finds_dates_tied_to_a_birth_or_age(string text, string excerpt)
    {
        Assert.Equal([excerpt], PersonalDataCheck.Find(FindingKinds.BirthDate, text));
    }

    [Theory]
    [InlineData("De excursie is op 14-03-2025.")]
    [InlineData("Op 14 maart 2025 is de sportdag. Sanne is morgen jarig!")]
    [InlineData("Geboren in 2012.")]
    [InlineData("Daan werd 8e op de 14-03 wedstrijd, met 3,5 punten.")]
    [InlineData("De jarige job kreeg een 7.5 voor rekenen.")]
    [InlineData("Geboren op 31-02-2012 kan niet.")]
    public void Leaves_other_dates_alone(string text)
    {
        Assert.Empty(PersonalDataCheck.Find(FindingKinds.BirthDate, text));
    }
}
