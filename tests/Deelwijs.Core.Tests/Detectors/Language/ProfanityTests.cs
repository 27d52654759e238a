using Deelwijs.Core.Checks;

namespace Deelwijs.Core.Tests.Detectors.Language;

public sealed class ProfanityTests
{
    [Theory]
    [InlineData("Wat een kanker toets was dat vandaag", "kanker")]
    [InlineData("Tyfus, ik ben mijn sleutels weer kwijt", "Tyfus")]
    [InlineData("Krijg de tering met je huiswerk", "Krijg de tering")]
    [InlineData("Die kankerlijer heeft mijn fiets gejat", "kankerlijer")]
    [InlineData("Wat een teringzooi in de kantine", "teringzooi")]
    [InlineData("Ik heb echt een klerehekel aan maandag", "klerehekel")]
    [InlineData("Godverdomme, alweer een tussenuur", "Godverdomme")]
    [InlineData("Kut, de bus is weg", "Kut")]
    [InlineData("Wat een shit weer vandaag", "shit")]
    [InlineData("Hou je bek over die wedstrijd", "Hou je bek")]
    [InlineData("Wat een kankerdag was het vandaag", "kankerdag")]
    [InlineData("Ik ben echt kk moe na die toets", "kk")]
    [InlineData("KKR saai die les", "KKR")]
    public void RealCurse_IsProfanity(string text, string excerpt)
    {
        var finding = LanguageCheck.Single(text, FindingKinds.Profanity);

        Assert.Equal(excerpt, finding.Excerpt);
        Assert.Equal(FindingAction.Change, finding.Action);
    }

    [Fact]
    public void DiseaseCurse_ExplainsWhyItHurts()
    {
        var finding = LanguageCheck.Single("Kankerleraar geeft weer huiswerk op", FindingKinds.Profanity);

        Assert.Contains("ziekte", finding.Message);
        Assert.Contains("weg", finding.Suggestion);
    }

    [Theory]
    [InlineData("Onze school organiseert een sponsorloop voor kankeronderzoek.")]
    [InlineData("Mijn oma heeft kanker en ligt in het ziekenhuis.")]
    [InlineData("De catering op het schoolfeest was top!")]
    [InlineData("Denk aan je tyfusvaccinatie voor de reis naar Indonesië.")]
    [InlineData("Bij de rotonde linksaf naar de sporthal.")]
    [InlineData("Uranus is de zevende planeet vanaf de zon.")]
    [InlineData("We doen een spreekbeurt over Mongolië.")]
    [InlineData("Vergeet je kleren voor gym niet mee te nemen.")]
    [InlineData("Hoera, de uitslagen zijn binnen!")]
    [InlineData("Je mag andere leerlingen niet negeren.")]
    [InlineData("De spijsvertering is een onderwerp bij biologie.")]
    [InlineData("De kankerpatiënt kreeg chemo.")]
    [InlineData("Op Wereldkankerdag lopen we mee voor het KWF.")]
    [InlineData("Het schoolgebouw staat te koop voor € 300.000 kk.")]
    [InlineData("Met vriendelijke groet, mevrouw K.K. de Vries")]
    [InlineData("Kanka, kom je ook naar het voetbal?")]
    public void OrdinaryWord_ContainingACurse_IsNoFinding(string text) => Assert.Empty(LanguageCheck.Findings(text));

    [Theory]
    [InlineData("Schelden is niet oké.")]
    [InlineData("Het woord 'kanker' gebruik je niet als scheldwoord.")]
    [InlineData("Kanker is geen scheldwoord maar een ziekte.")]
    public void TalkAboutWords_IsNoFinding(string text) => Assert.Empty(LanguageCheck.Findings(text));
}
