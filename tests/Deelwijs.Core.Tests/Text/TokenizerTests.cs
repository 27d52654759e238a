using System.Text;
using System.Text.RegularExpressions;
using Deelwijs.Core.Text;

namespace Deelwijs.Core.Tests.Text;

public sealed partial class TokenizerTests
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

    [Fact]
    public void Reads_every_text_as_its_rules_written_as_a_pattern_do()
    {
        // Letters of ASCII and Latin-1 (read from bit masks), quotes and signs of Latin-1 between words, leetspeak symbols,
        // letters beyond Latin-1 and the rarer Latin-1 letters (read one character at a time), at random places.
        // Every other text is mostly long words, so that words run on from one block of 64 characters into the next.
        const string alphabet = "abcdeXYZ019 .,'éëÉÜßÿªµº«»°£×÷\u00a0\u0085@$*!|€łŁ—“”\u0301";
        const string wordy = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éëÉÜ";
        var random = new Random(20261128);
        for (var round = 0; round < 4000; round++)
        {
            char Next() => round % 2 == 0 || random.Next(40) == 0 ? alphabet[random.Next(alphabet.Length)] : wordy[random.Next(wordy.Length)];
            var text = new string([.. Enumerable.Range(0, random.Next(0, 300)).Select(_ => Next())]);
            Assert.Equal(ReadByRules(text), Words(text));
        }
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

    /// <summary>
    /// The tokenizer's rules written as a regular expression: a word starts with a letter or digit and runs on over letters,
    /// digits and the leetspeak signs @ $ € * ! | that stand before another letter or digit. The reference the fast reading
    /// must agree with.
    /// </summary>
    private static List<(string Text, TokenShape Shape)> ReadByRules(string text) =>
        [.. WordPattern().Matches(text).Select(m => (m.Value, ShapeOf(m.Value)))];

    private static TokenShape ShapeOf(string word)
    {
        var letters = word.Count(char.IsLetter);
        return (char.IsUpper(word[0]) ? TokenShape.Capitalized : TokenShape.None)
            | (letters > 0 ? TokenShape.Letters : TokenShape.None)
            | (word.Any(char.IsAsciiDigit) ? TokenShape.Digits : TokenShape.None)
            | (word.Any(c => !char.IsLetter(c) && !char.IsAsciiDigit(c)) ? TokenShape.Symbols : TokenShape.None)
            | (letters >= 2 && word.Where(char.IsLetter).All(char.IsUpper) ? TokenShape.Upper : TokenShape.None);
    }

    [GeneratedRegex(@"[\p{L}\p{Nd}](?:[\p{L}\p{Nd}]|[@$€*!|](?=[\p{L}\p{Nd}]))*")]
    private static partial Regex WordPattern();
}
