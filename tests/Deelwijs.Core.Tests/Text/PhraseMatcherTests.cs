using Deelwijs.Core.Text;

namespace Deelwijs.Core.Tests.Text;

public sealed class PhraseMatcherTests
{
    [Fact]
    public void An_exact_word_beats_a_stem_and_a_longer_phrase_beats_a_shorter_one()
    {
        var matcher = PhraseMatcher<string>.Build([
            ("kanker*", "curse"), ("kankeronderzoek", "ignore"), ("maak je", "short"), ("maak je af", "threat")]);

        Assert.Equal("curse", Match(matcher, "kankerlijer"));
        Assert.Equal("ignore", Match(matcher, "Kankeronderzoek"));
        Assert.Equal("threat", Match(matcher, "ik MAAK je af"));
        Assert.Null(Match(matcher, "kank"));
    }

    [Fact]
    public void Matching_agrees_with_a_naive_reference_on_random_text()
    {
        var random = new Random(12345);
        string Word() => new(Enumerable.Range(0, random.Next(1, 6)).Select(_ => "abcde"[random.Next(5)]).ToArray());
        for (var round = 0; round < 200; round++)
        {
            var phrases = Enumerable.Range(0, random.Next(1, 30))
                .Select(_ => string.Join(' ', Enumerable.Range(0, random.Next(1, 3)).Select(_ => Word())) + (random.Next(4) == 0 ? "*" : ""))
                .Distinct()
                .ToList();
            var matcher = PhraseMatcher<string>.Build(phrases.Select(p => (p, p)));
            var text = string.Join(' ', Enumerable.Range(0, 40).Select(_ => Word()));
            var tokens = new Token[Tokenizer.MaxTokens(text.Length)];
            var count = Tokenizer.Tokenize(text, tokens);
            for (var i = 0; i < count; i++)
            {
                var length = matcher.MatchAt(text, tokens.AsSpan(0, count), i, out _);
                Assert.Equal(NaiveLength(phrases, text, tokens[..count], i), length);
            }
        }
    }

    // The reference: exact phrases first, longest first; a single-word stem only when no exact phrase matches.
    private static int NaiveLength(List<string> phrases, string text, Token[] tokens, int index)
    {
        string WordAt(int i) => text.Substring(tokens[i].Start, tokens[i].Length);
        var best = 0;
        foreach (var phrase in phrases)
        {
            var words = phrase.TrimEnd('*').Split(' ');
            var isStem = phrase.EndsWith('*');
            if ((isStem && words.Length == 1) || index + words.Length > tokens.Length)
            {
                continue;
            }

            var ok = words.Select((w, k) => k == words.Length - 1 && isStem ? WordAt(index + k).StartsWith(w, StringComparison.Ordinal) : WordAt(index + k) == w).All(x => x);
            best = ok ? Math.Max(best, words.Length) : best;
        }

        return best > 0 ? best : phrases.Any(p => p.EndsWith('*') && !p.Contains(' ') && p.Length > 2 && WordAt(index).StartsWith(p[..^1], StringComparison.Ordinal)) ? 1 : 0;
    }

    private static string? Match(PhraseMatcher<string> matcher, string text)
    {
        var folded = CharFolding.Fold(text);
        var tokens = new Token[Tokenizer.MaxTokens(text.Length)];
        var count = Tokenizer.Tokenize(text, tokens);
        for (var i = 0; i < count; i++)
        {
            if (matcher.MatchAt(folded, tokens.AsSpan(0, count), i, out var value) > 0)
            {
                return value;
            }
        }

        return null;
    }
}
