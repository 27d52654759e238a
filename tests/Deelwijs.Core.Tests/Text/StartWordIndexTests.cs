using Deelwijs.Core.Text;

namespace Deelwijs.Core.Tests.Text;

/// <summary>The shared prefilter may mark too much but must never miss a word a lexicon can start with.</summary>
public sealed class StartWordIndexTests
{
    [Fact]
    public void Random_start_words_and_stems_are_never_missed()
    {
        var random = new Random(20261127);
        string Word(int length) => new([.. Enumerable.Range(0, length).Select(_ => (char)('a' + random.Next(26)))]);
        var lexicons = Enumerable.Range(0, 16)
            .Select(bit => (Bit: bit, Words: Enumerable.Range(0, 40).Select(_ => (Word: Word(random.Next(1, 9)), IsStem: random.Next(4) == 0)).ToList()))
            .ToList();
        var index = new StartWordIndex(lexicons.Select(l => (l.Bit, l.Words.AsEnumerable())));

        for (var round = 0; round < 200; round++)
        {
            // A post of known start words (stems extended like Dutch compounds) mixed with random words.
            var words = Enumerable.Range(0, 30).Select(_ =>
            {
                var lexicon = lexicons[random.Next(16)];
                var (word, isStem) = lexicon.Words[random.Next(lexicon.Words.Count)];
                return random.Next(2) == 0 ? (Text: Word(random.Next(1, 10)), Bit: -1) : (Text: isStem ? word + Word(random.Next(0, 5)) : word, Bit: lexicon.Bit);
            }).ToList();
            var text = string.Join(' ', words.Select(w => w.Text));
            var tokens = new Token[Tokenizer.MaxTokens(text.Length)];
            var count = Tokenizer.Tokenize(text, tokens);
            var marks = new ushort[count];

            index.Mark(text, tokens.AsSpan(0, count), marks);

            Assert.Equal(words.Count, count);
            for (var i = 0; i < count; i++)
            {
                if (words[i].Bit >= 0)
                {
                    Assert.True((marks[i] & (1 << words[i].Bit)) != 0, $"'{words[i].Text}' of lexicon {words[i].Bit} was not marked");
                }
            }
        }
    }
}
