using Deelwijs.Core.Text;

namespace Deelwijs.Core.Tests.Text;

/// <summary>The word table behind every lexicon lookup must agree with an ordinary dictionary on every word.</summary>
public sealed class WordTableTests
{
    [Fact]
    public void Finds_exactly_the_words_a_dictionary_finds()
    {
        var random = new Random(20261127);
        string Word(int length) => new([.. Enumerable.Range(0, length).Select(_ => (char)('a' + random.Next(5)))]);
        var reference = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reference.Count < 3000)
        {
            reference.TryAdd(Word(random.Next(1, 9)), reference.Count);
        }

        var table = new WordTable<int>(reference);

        // Short words from a five-letter alphabet: about half of them are in the table, the rest share its hashes' neighbourhoods.
        for (var i = 0; i < 20000; i++)
        {
            var word = Word(random.Next(0, 10));
            var found = table.TryGetValue($"<{word}>".AsSpan(1, word.Length), out var value);
            Assert.Equal(reference.TryGetValue(word, out var expected), found);
            Assert.Equal(expected, value);
        }
    }

    [Fact]
    public void Tells_words_apart_that_differ_only_in_accents_or_case()
    {
        var set = new WordSet(["café", "een", "ééN", "ij"]);

        Assert.True(set.Contains("café"));
        Assert.True(set.Contains("ééN"));
        Assert.False(set.Contains("cafe"));
        Assert.False(set.Contains("EEN"));
        Assert.False(set.Contains("i"));
        Assert.False(set.Contains(""));
    }

    [Fact]
    public void An_empty_table_finds_nothing()
    {
        var table = new WordTable<string>([]);

        Assert.False(table.TryGetValue("woord", out var value));
        Assert.Null(value);
        Assert.Equal(0, table.Count);
    }

    [Fact]
    public void A_word_listed_twice_is_refused_when_the_table_is_built()
    {
        var error = Assert.Throws<ArgumentException>(() => new WordTable<int>([KeyValuePair.Create("kanker", 1), KeyValuePair.Create("kanker", 2)]));

        Assert.Contains("kanker", error.Message, StringComparison.Ordinal);
    }
}
