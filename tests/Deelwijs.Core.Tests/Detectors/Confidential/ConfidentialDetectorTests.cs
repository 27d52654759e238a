using Deelwijs.Core.Checks;
using Deelwijs.Core.Tests.Detectors.Names;

namespace Deelwijs.Core.Tests.Detectors.Confidential;

public sealed class ConfidentialDetectorTests
{
    [Theory]
    [InlineData("VERTROUWELIJK: de nieuwe roosters", "VERTROUWELIJK")]
    [InlineData("Vertrouwelijk: het plan voor volgend jaar", "Vertrouwelijk")]
    [InlineData("Dit is strikt vertrouwelijk, dus let op.", "strikt vertrouwelijk")]
    [InlineData("Het verslag staat online, niet doorsturen aub.", "niet doorsturen")]
    [InlineData("Alleen voor personeel: de planning van de studiedag.", "Alleen voor personeel")]
    [InlineData("Juf Anne is ziekgemeld met rugklachten.", "ziekgemeld")]
    [InlineData("Morgen heeft hij zijn functioneringsgesprek.", "functioneringsgesprek")]
    [InlineData("Het OPP van Sanne is bijgesteld.", "OPP")]
    [InlineData("Zijn handelingsplan is klaar.", "handelingsplan")]
    [InlineData("Sanne haalde een 3 voor wiskunde.", "haalde een 3")]
    [InlineData("Pieter kreeg een 4,5 voor rekenen.", "kreeg een 4,5")]
    [InlineData("In de teamvergadering is besproken dat de directeur vertrekt.", "teamvergadering")]
    [InlineData("Daan is geschorst na de ruzie.", "geschorst")]
    [InlineData("Mijn collega is op non-actief gesteld.", "op non-actief")]
    public void Finds_internal_information(string text, string excerpt)
    {
        Assert.Equal([excerpt], PersonalDataCheck.Find(FindingKinds.Confidential, text));
    }

    [Theory]
    [InlineData("Alles wat je de vertrouwenspersoon vertelt, blijft vertrouwelijk.")]
    [InlineData("Je gegevens worden vertrouwelijk behandeld.")]
    [InlineData("Leerlingen kunnen bij ernstig wangedrag worden geschorst.")]
    [InlineData("Vanwege een teamvergadering zijn de kinderen om 12 uur vrij.")]
    [InlineData("Het MT heeft besloten dat de school dicht is bij hitte.")]
    [InlineData("Wij werken met een OPP voor leerlingen die extra zorg nodig hebben.")]
    [InlineData("Onze intern begeleider helpt bij leesproblemen.")]
    [InlineData("De temperatuur is gezakt, dus neem een jas mee.")]
    [InlineData("Groep 8 haalde een 9 gemiddeld, super!")]
    public void Leaves_policy_and_ordinary_school_news_alone(string text)
    {
        Assert.Empty(PersonalDataCheck.Find(FindingKinds.Confidential, text));
    }
}
