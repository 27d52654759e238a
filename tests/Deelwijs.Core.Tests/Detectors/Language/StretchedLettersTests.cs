using Deelwijs.Core.Detectors.Language;

namespace Deelwijs.Core.Tests.Detectors.Language;

public sealed class StretchedLettersTests
{
    [Theory]
    [InlineData("aaap")]
    [InlineData("kaaanker")]
    [InlineData("kaaaanker")]
    [InlineData("zeee")]
    [InlineData("teeeef")]
    [InlineData("kankerrr")]
    [InlineData("kankerrrr")]
    [InlineData("ooo")]
    public void Finds_a_letter_three_or_more_times_in_a_row(string word) => Assert.True(StretchedLetters.Has(word));

    [Theory]
    [InlineData("")]
    [InlineData("zee")]
    [InlineData("koffie")]
    [InlineData("aab")]
    [InlineData("baa")]
    [InlineData("aabbaa")]
    [InlineData("2000")]
    [InlineData("k***er")]
    public void Leaves_ordinary_words_and_non_letters_alone(string word) => Assert.False(StretchedLetters.Has(word));
}
