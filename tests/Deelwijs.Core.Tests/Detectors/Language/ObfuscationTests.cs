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

    [Theory]
    [InlineData("Groep 6B en de 3e klas gaan morgen met J. C. Boers naar het museum* in 2025.")]
    [InlineData("Klas 10a wint de 1e prijs, vorig* jaar was 4c tweede.")]
    public void Class_names_ordinals_initials_and_stray_stars_are_not_disguised_words(string text) =>
        Assert.Empty(LanguageCheck.Findings(text));

    [Theory]
    [InlineData("groep 6b is k4nk3r saai", "k4nk3r")]
    [InlineData("de 3e klas, wat een k*nker dag", "k*nker")]
    public void A_disguised_curse_next_to_class_names_is_still_found(string text, string excerpt) =>
        Assert.Equal(excerpt, Assert.Single(LanguageCheck.Findings(text)).Excerpt);
}
