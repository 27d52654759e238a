using Deelwijs.Core.Checks;
using Deelwijs.Web.Checks;

namespace Deelwijs.Web.Tests.Checks;

public sealed class TextFixesTests
{
    private static Finding At(string kind, string text, string excerpt) =>
        new(kind, FindingAction.Forbidden, ["x/1"], text.IndexOf(excerpt, StringComparison.Ordinal), excerpt.Length, excerpt, "m", "s");

    [Fact]
    public void Apply_PhoneNumber_RemovesItWithOneSpace()
    {
        const string text = "Bel mij op 06-12345678 na school.";

        var fixedText = TextFixes.Apply(text, At(FindingKinds.Phone, text, "06-12345678"));

        Assert.Equal("Bel mij op na school.", fixedText);
    }

    [Fact]
    public void Apply_EmailAtTheEndBeforeAFullStop_LeavesNoSpaceBeforeTheStop()
    {
        const string text = "Mail naar sanne@school.nl.";

        Assert.Equal("Mail naar.", TextFixes.Apply(text, At(FindingKinds.Email, text, "sanne@school.nl")));
    }

    [Fact]
    public void Apply_MissingDisclaimer_AddsTheSentenceAfterTheLastSentence()
    {
        var finding = new Finding(FindingKinds.DisclaimerMissing, FindingAction.Change, ["x/1"], 0, 4, "Noorderlicht", "m", "s");

        Assert.Equal($"Wat een dag op school. {TextFixes.DisclaimerSentence}", TextFixes.Apply("Wat een dag op school.  ", finding));
        Assert.Equal($"Wat een dag. {TextFixes.AffiliationSentence}", TextFixes.Apply("Wat een dag", finding with { Kind = FindingKinds.AffiliationMissing }));
    }

    [Theory]
    [InlineData(FindingKinds.Profanity, false)]
    [InlineData(FindingKinds.Name, false)]
    [InlineData(FindingKinds.Iban, true)]
    [InlineData(FindingKinds.Bsn, true)]
    [InlineData(FindingKinds.Address, true)]
    [InlineData(FindingKinds.AffiliationMissing, true)]
    public void CanApply_OnlyForFixesThatArePlainTextEdits(string kind, bool expected)
    {
        Assert.Equal(expected, TextFixes.CanApply(new Finding(kind, FindingAction.Change, [], 0, 3, "abc", "m", "s")));
    }

    [Fact]
    public void Apply_AFindingWithoutTextFix_Throws()
    {
        Assert.Throws<ArgumentException>(() => TextFixes.Apply("kut", new Finding(FindingKinds.Profanity, FindingAction.Change, [], 0, 3, "kut", "m", "s")));
    }
}
