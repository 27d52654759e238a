using Deelwijs.Core.Checks;

namespace Deelwijs.Core.Tests.Detectors.Language;

public sealed class ObfuscationTests
{
    [Theory]
    [InlineData("KANKER school", "KANKER")]
    [InlineData("kaaaaaanker school", "kaaaaaanker")]
    [InlineData("k4nk3r school", "k4nk3r")]
    [InlineData("k@nker school", "k@nker")]
    [InlineData("k*nker school", "k*nker")]
    [InlineData("k a n k e r school", "k a n k e r")]
    [InlineData("k.a.n.k.e.r school", "k.a.n.k.e.r")]
    [InlineData("k-a-n-k-e-r school", "k-a-n-k-e-r")]
    [InlineData("wat een f**k dag", "f**k")]
    [InlineData("$hit, te laat", "$hit")]
    public void DisguisedCurse_IsFoundWithItsOriginalSpan(string text, string excerpt)
    {
        var finding = Assert.Single(LanguageCheck.Findings(text));

        Assert.Equal(excerpt, finding.Excerpt);
    }

    [Fact]
    public void StretchedWordWithDoubleLetter_IsFound() =>
        Assert.Contains(FindingKinds.Insult, LanguageCheck.Kinds("wat een teeeeef"));

    [Fact]
    public void LeetspeakSlur_IsDiscrimination() =>
        Assert.Contains(FindingKinds.Discrimination, LanguageCheck.Kinds("Er zijn te veel n3g3rs hier"));

    [Fact]
    public void SpacedOutGroupHate_IsDiscrimination() =>
        Assert.Contains(FindingKinds.Discrimination, LanguageCheck.Kinds("Ik h a a t moslims"));

    [Theory]
    [InlineData("We zitten in lokaal 3b en 4a.")]
    [InlineData("Zie je om 3 uur, groetjes! x x x")]
    [InlineData("Het antwoord is a b c of d.")]
    [InlineData("Mail naar info@school.nl voor vragen.")]
    public void OrdinaryCodesAndLetters_AreNoFinding(string text) => Assert.Empty(LanguageCheck.Findings(text));
}
