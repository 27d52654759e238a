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

    [Theory]
    [InlineData("kaaaanker")]
    [InlineData("Wat een kaaaanker weer vandaag, zeg")]
    [InlineData("Wat een weer vandaag, het was echt heel erg zeeeer")]
    [InlineData("Een lange zin van meer dan zestien tekens met aan het eind: kankerrr")]
    public void Sees_stretched_letters_anywhere_in_a_text(string text) => Assert.True(StretchedLetters.MayHaveAny(text));

    [Theory]
    [InlineData("")]
    [InlineData("zee")]
    [InlineData("Wat een mooie dag... Om 10.00 uur begint de les!!!   Tot dan")]
    [InlineData("De klas van 2000 heeft een reünie -- kom ook ???")]
    public void Rules_out_texts_without_three_equal_letters(string text) => Assert.False(StretchedLetters.MayHaveAny(text));
}
