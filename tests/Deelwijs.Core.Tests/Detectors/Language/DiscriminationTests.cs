using Deelwijs.Core.Checks;

namespace Deelwijs.Core.Tests.Detectors.Language;

public sealed class DiscriminationTests
{
    [Theory]
    [InlineData("Ik haat homo's")]
    [InlineData("Ik heb een hekel aan moslims")]
    [InlineData("Marokkanen zijn allemaal tuig")]
    [InlineData("Vluchtelingen zijn ongedierte")]
    [InlineData("Turken horen hier niet")]
    [InlineData("Joden moeten het land uit")]
    [InlineData("Gehandicapten zijn minderwaardig")]
    [InlineData("Vrouwen zijn gewoon dom")]
    [InlineData("Transgenders hebben geen recht om te leven")]
    [InlineData("Die vuile joden ook altijd")]
    [InlineData("Wat een kutmarokkanen daar")]
    public void HateAgainstAGroup_IsDiscrimination(string text)
    {
        var finding = Assert.Single(LanguageCheck.Findings(text), f => f.Kind == FindingKinds.Discrimination);

        Assert.Equal(FindingAction.Forbidden, finding.Action);
        Assert.False(string.IsNullOrEmpty(finding.Suggestion));
    }

    [Fact]
    public void PronounInNextSentence_RefersToTheGroup()
    {
        var findings = LanguageCheck.Findings("Asielzoekers komen hier wonen. Ze zijn parasieten.");

        Assert.Equal("Ze zijn parasieten", Assert.Single(findings, f => f.Kind == FindingKinds.Discrimination).Excerpt);
    }

    [Fact]
    public void GroupHate_SpanCoversGroupAndPredicate()
    {
        var finding = LanguageCheck.Single("Eerlijk gezegd vind ik: moslims zijn ratten.", FindingKinds.Discrimination);

        Assert.Equal("moslims zijn ratten", finding.Excerpt);
    }

    [Theory]
    [InlineData("Ratten en kakkerlakken zijn ongedierte.")]
    [InlineData("Ik veracht slangen.")]
    public void Slur_OnItsOwn_IsDiscrimination(string text) =>
        Assert.DoesNotContain(FindingKinds.Discrimination, LanguageCheck.Kinds(text));

    [Theory]
    [InlineData("Ik ben homo.")]
    [InlineData("Ik hou van moslims.")]
    [InlineData("Ik haat vrouwen niet.")]
    [InlineData("Ik heb geen hekel aan Turken.")]
    [InlineData("Vluchtelingen zijn welkom op onze school.")]
    [InlineData("Veel vluchtelingen leven in moeilijke omstandigheden.")]
    [InlineData("Als je zegt \"ik haat vrouwen\", dan discrimineer je!")]
    [InlineData("Zeggen dat moslims ratten zijn is gewoon racisme.")]
    [InlineData("Het is fout om joden uitschot te noemen.")]
    [InlineData("We mogen nooit toestaan dat homo's worden uitgescholden.")]
    [InlineData("Ben jij homo?")]
    [InlineData("De homogene groep werkte goed samen.")]
    [InlineData("Wij zijn een groep meiden uit 4 havo.")]
    [InlineData("Vandaag praten we in de les over haat tegen moslims.")]
    public void NeutralMentionNegationOrCounterSpeech_IsNoFinding(string text) => Assert.Empty(LanguageCheck.Findings(text));

    [Theory]
    [InlineData("Wat een neger")]
    [InlineData("Die flikkers ook altijd")]
    [InlineData("Jij homo")]
    public void SlurWord_IsDiscrimination(string text) =>
        Assert.Contains(FindingKinds.Discrimination, LanguageCheck.Kinds(text));
}
