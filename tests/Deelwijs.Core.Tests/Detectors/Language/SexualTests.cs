using Deelwijs.Core.Checks;

namespace Deelwijs.Core.Tests.Detectors.Language;

public sealed class SexualTests
{
    [Theory]
    [InlineData("Wie wil er neuken vanavond", "neuken")]
    [InlineData("Ze is goed in pijpen", "pijpen")]
    [InlineData("Stuur me je nudes", "nudes")]
    [InlineData("Hij heeft een grote pik", "pik")]
    [InlineData("Ik ben zo geil", "geil")]
    public void SexualWord_IsSexual(string text, string excerpt)
    {
        var finding = LanguageCheck.Single(text, FindingKinds.Sexual);

        Assert.Equal(excerpt, finding.Excerpt);
        Assert.Contains("seksue", finding.Message);
    }

    [Theory]
    [InlineData("De pijpen van de verwarming lekken.")]
    [InlineData("Ik pik je om acht uur op.")]
    [InlineData("We hebben les over seksuele voorlichting.")]
    [InlineData("Mijn fiets is gepikt bij het station.")]
    public void OrdinaryUseOfAnAmbiguousWord_IsNoFinding(string text) =>
        Assert.DoesNotContain(FindingKinds.Sexual, LanguageCheck.Kinds(text));
}
