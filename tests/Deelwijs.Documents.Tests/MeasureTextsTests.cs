namespace Deelwijs.Documents.Tests;

public sealed class MeasureTextsTests
{
    [Fact]
    public void Suspension_OfOneDay_NamesThatDay()
    {
        Assert.Equal("een schorsing op maandag 7 december 2026", MeasureTexts.Suspension(new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 7)));
    }

    [Fact]
    public void StaffSuspension_OverSeveralDays_NamesFirstAndLastDay()
    {
        Assert.Equal(
            "een schorsing als disciplinaire maatregel van woensdag 30 september 2026 tot en met vrijdag 2 oktober 2026",
            MeasureTexts.StaffSuspension(new DateOnly(2026, 9, 30), new DateOnly(2026, 10, 2)));
    }

    [Fact]
    public void Suspension_EndingBeforeItStarts_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MeasureTexts.Suspension(new DateOnly(2026, 12, 8), new DateOnly(2026, 12, 7)));
    }

    [Fact]
    public void Removal_NamesTheDayItTakesEffect()
    {
        Assert.Equal("verwijdering van school met ingang van vrijdag 1 januari 2027", MeasureTexts.Removal(new DateOnly(2027, 1, 1)));
    }
}
