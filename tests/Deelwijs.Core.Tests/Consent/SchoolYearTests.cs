using Deelwijs.Core.Consent;

namespace Deelwijs.Core.Tests.Consent;

public sealed class SchoolYearTests
{
    [Theory]
    [InlineData(2026, 7, 31, 2025)]
    [InlineData(2026, 8, 1, 2026)]
    [InlineData(2026, 12, 31, 2026)]
    [InlineData(2027, 1, 1, 2026)]
    public void Of_ADay_IsTheSchoolYearFrom1AugustTo31July(int year, int month, int day, int start)
    {
        Assert.Equal(new SchoolYear(start), SchoolYear.Of(new DateOnly(year, month, day)));
    }

    [Theory]
    [InlineData("2026-2027", 2026)]
    [InlineData(" 2026/2027 ", 2026)]
    [InlineData("2026/27", 2026)]
    [InlineData("2099-2100", 2099)]
    public void TryParse_TheWaysSchoolsWriteIt(string text, int start)
    {
        Assert.True(SchoolYear.TryParse(text, out var year));
        Assert.Equal(new SchoolYear(start), year);
    }

    [Theory]
    [InlineData("2026-2028")]
    [InlineData("2026")]
    [InlineData("schooljaar 2026-2027")]
    [InlineData("1999-2000")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_RejectsWhatIsNotOneSchoolYear(string? text)
    {
        Assert.False(SchoolYear.TryParse(text, out _));
    }

    [Fact]
    public void Year_KnowsItsDaysAndTheNextYear()
    {
        var year = new SchoolYear(2026);

        Assert.Equal("2026-2027", year.ToString());
        Assert.Equal((new DateOnly(2026, 8, 1), new DateOnly(2027, 7, 31)), (year.FirstDay, year.LastDay));
        Assert.Equal(new SchoolYear(2027), year.Next);
        Assert.True(year.Contains(new DateOnly(2027, 7, 31)));
        Assert.False(year.Contains(new DateOnly(2027, 8, 1)));
    }
}
