using Deelwijs.Core.Text;

namespace Deelwijs.Core.Tests.Text;

/// <summary>The shared prefilter may mark too much but must never miss a word a lexicon can start with.</summary>
public sealed class StartWordIndexTests
{
    [Fact]
    public void Random_start_words_stems_and_two_word_phrases_are_never_missed()
    {
        var random = new Random(20261127);
        string Word(int length) => new([.. Enumerable.Range(0, length).Select(_ => (char)('a' + random.Next(26)))]);
        StartWord Start()
        {
            var word = Word(random.Next(1, 9));
            return random.Next(4) switch
            {
                0 => new StartWord(word, IsStem: true),
                1 => new StartWord(word, IsStem: false, Word(random.Next(1, 7)), NextIsStem: random.Next(2) == 0),
                _ => new StartWord(word, IsStem: false),
            };
        }

        var lexicons = Enumerable.Range(0, 16).Select(bit => (Bit: bit, Words: Enumerable.Range(0, 40).Select(_ => Start()).ToList())).ToList();
        var index = new StartWordIndex(lexicons.Select(l => (l.Bit, l.Words.AsEnumerable())));

        for (var round = 0; round < 200; round++)
        {
            // A post of known starts (stems extended like Dutch compounds, second words where the phrase has one) mixed
            // with random words; the bit is on the phrase's first word.
            var words = new List<(string Text, int Bit)>();
            while (words.Count < 30)
            {
                if (random.Next(2) == 0)
                {
                    words.Add((Word(random.Next(1, 10)), -1));
                    continue;
                }

                var lexicon = lexicons[random.Next(16)];
                var start = lexicon.Words[random.Next(lexicon.Words.Count)];
                words.Add((start.IsStem ? start.Word + Word(random.Next(0, 5)) : start.Word, lexicon.Bit));
                if (start.Next is { } next)
                {
                    words.Add((start.NextIsStem ? next + Word(random.Next(0, 5)) : next, -1));
                }
            }

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

    [Fact]
    public void A_common_first_word_is_marked_only_before_a_word_that_can_follow_it()
    {
        var index = new StartWordIndex([(3, [new StartWord("de", IsStem: false, "directeur"), new StartWord("het", IsStem: false, "team", NextIsStem: true)])]);
        const string text = "de kat en de directeur van het teamoverleg bij het huis de";
        var tokens = new Token[Tokenizer.MaxTokens(text.Length)];
        var count = Tokenizer.Tokenize(text, tokens);
        var marks = new ushort[count];

        index.Mark(text, tokens.AsSpan(0, count), marks);

        var marked = Enumerable.Range(0, count).Where(i => (marks[i] & (1 << 3)) != 0).ToList();
        Assert.Equal([3, 6], marked);
    }
}
