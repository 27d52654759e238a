using Deelwijs.Core.Checks;

namespace Deelwijs.Core.Tests.Detectors.Language;

public sealed class InsultTests
{
    [Theory]
    [InlineData("Je bent echt een klootzak", "klootzak")]
    [InlineData("Wat een kutwijf is die nieuwe stagiaire", "kutwijf")]
    [InlineData("Stomme trut, laat me met rust", "trut")]
    [InlineData("Jij mongool snapt er niks van", "mongool")]
    [InlineData("Die debiel van 3B heeft mijn pen", "debiel")]
    [InlineData("Jij bent zo dom", "dom")]
    [InlineData("Jullie zijn gewoon uitschot", "uitschot")]
    [InlineData("Zeg twitterteven, hou op", "twitterteven")]
    public void InsultAimedAtSomeone_IsInsult(string text, string excerpt)
    {
        var finding = LanguageCheck.Single(text, FindingKinds.Insult);

        Assert.Equal(excerpt, finding.Excerpt);
        Assert.Equal(FindingAction.Forbidden, finding.Action);
        Assert.Contains("belediging", finding.Message);
    }

    [Theory]
    [InlineData("Die som was echt dom van mij.")]
    [InlineData("Je bent niet dom, je moet gewoon oefenen.")]
    [InlineData("Onze kat heeft een rat gevangen.")]
    [InlineData("Het afval gaat in de groene bak.")]
    [InlineData("Het is niet acceptabel om iemand een trut te noemen.")]
    public void MildWordNotAimedAtSomeone_IsNoInsult(string text) =>
        Assert.DoesNotContain(FindingKinds.Insult, LanguageCheck.Kinds(text));
}
