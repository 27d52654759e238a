using Deelwijs.Core.Checks;

namespace Deelwijs.Core.Tests.Detectors.Language;

public sealed class ThreatTests
{
    [Theory]
    [InlineData("Ik maak je af na school")]
    [InlineData("Ik steek je morgen")]
    [InlineData("Je gaat eraan, let maar op")]
    [InlineData("Ik weet waar je woont")]
    [InlineData("Ik ga je vermoorden als je dat nog een keer doet")]
    [InlineData("Morgen ga ik hem in elkaar slaan")]
    [InlineData("Ik hoop dat je sterft")]
    [InlineData("Ik neem morgen een mes mee naar school")]
    public void Threat_IsFound(string text)
    {
        var finding = LanguageCheck.Single(text, FindingKinds.Threat);

        Assert.Equal(FindingAction.Forbidden, finding.Action);
        Assert.Contains("bedreiging", finding.Message);
    }

    [Fact]
    public void Threat_SpanCoversTargetAndVerb()
    {
        const string text = "Ik ga je vermoorden";

        var finding = LanguageCheck.Single(text, FindingKinds.Threat);

        Assert.Equal("je vermoorden", finding.Excerpt);
        Assert.Equal(text.IndexOf("je", StringComparison.Ordinal), finding.Start);
    }

    [Theory]
    [InlineData("Ik ga de tijd doden met een spelletje.")]
    [InlineData("Ik ga je niet vermoorden, rustig maar.")]
    [InlineData("In de geschiedenisles ging het over de Tweede Wereldoorlog.")]
    [InlineData("Mijn opa is vorig jaar dood gegaan.")]
    [InlineData("We moeten al deze foto's ophangen in de aula.")]
    [InlineData("Zeggen dat je iemand wilt vermoorden is strafbaar.")]
    public void ViolentWordWithoutThreat_IsNoThreat(string text) =>
        Assert.DoesNotContain(FindingKinds.Threat, LanguageCheck.Kinds(text));
}
