using System.Text;
using Deelwijs.Core.Text;

namespace Deelwijs.Core.Tests.Text;

public sealed class TokenizerTests
{
    [Fact]
    public void Splits_words_with_their_shape()
    {
        Assert.Equal(
            [("Sanne", TokenShape.Letters | TokenShape.Capitalized), ("zit", TokenShape.Letters), ("in", TokenShape.Letters),
             ("groep", TokenShape.Letters), ("7b", TokenShape.Letters | TokenShape.Digits), ("GGD", TokenShape.Letters | TokenShape.Capitalized | TokenShape.Upper),
             ("12", TokenShape.Digits)],
            Words("Sanne zit in groep 7b. GGD: 12!"));
    }

    [Fact]
    public void Keeps_letters_outside_ascii_and_symbols_inside_a_word()
    {
        Assert.Equal(["één", "Ödipus", "k@nker", "café", "k*t", "f!ts"], Words("één Ödipus, k@nker! café ... k*t f!ts").Select(w => w.Text));
        Assert.Equal(TokenShape.Letters | TokenShape.Symbols, Words("k@nker")[0].Shape);
        Assert.Equal(["hallo", "daar"], Words("hallo! daar*").Select(w => w.Text));
    }

    [Theory]
    [InlineData(10)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(60)]
    [InlineData(61)]
    [InlineData(62)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(120)]
    public void Reads_words_across_the_blocks_it_classifies(int padding)
    {
        // Words and leetspeak placed on and around the 64-character boundaries, after a varying amount of text.
        var prefix = string.Concat(Enumerable.Repeat("ab ", padding / 3)) + new string('x', padding % 3);
        var text = prefix + " verjaardagsfeest k@nker Ëlla één 2025 KLAS";
        var expected = Words(prefix).Select(w => w.Text).Concat(["verjaardagsfeest", "k@nker", "Ëlla", "één", "2025", "KLAS"]);
        Assert.Equal(expected, Words(text).Select(w => w.Text));
    }

    [Fact]
    public void Handles_a_long_post_and_stops_at_the_room_it_is_given()
    {
        var text = new StringBuilder().Insert(0, "Groep 8 gaat op kamp naar Ameland. ", 200).ToString();
        Assert.Equal(200 * 7, Words(text).Count);

        var room = new Token[3];
        Assert.Equal(3, Tokenizer.Tokenize(text, room));
        Assert.Equal(new Token(6, 1, TokenShape.Digits), room[1]);
    }

    [Theory]
    [InlineData("Geen cijfers hier.", 0)]
    [InlineData("Op 12-03-2025 om 9 uur, lokaal 1.04", 12)]
    [InlineData("Bel 06-12345678 of mail naar één@school.nl; kamer ²/₃ telt niet", 10)]
    public void Counts_the_digits_of_the_whole_text(string text, int expected)
    {
        var padded = new string('x', 70) + " " + text;
        Assert.Equal(expected, Digits(text));
        Assert.Equal(expected, Digits(padded));
    }

    private static int Digits(string text)
    {
        Tokenizer.Tokenize(text, new Token[Tokenizer.MaxTokens(text.Length)], out var digits);
        return digits;
    }

    private static List<(string Text, TokenShape Shape)> Words(string text)
    {
        var tokens = new Token[Tokenizer.MaxTokens(text.Length)];
        var count = Tokenizer.Tokenize(text, tokens);
        return [.. tokens.Take(count).Select(t => (text.Substring(t.Start, t.Length), t.Shape))];
    }
}
