using System.Buffers;
using Deelwijs.Core.Engine;
using Deelwijs.Core.Text;

namespace Deelwijs.Core.Detectors.Language;

/// <summary>Looks up every normalised word once and records the phrases found, with sentence and clause numbers.</summary>
internal static class HitScanner
{
    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create(".!?\n\r");
    private static readonly SearchValues<char> ClauseEnds = SearchValues.Create(",;:()[]\"“”„«»–—");

    /// <summary>
    /// True when some word can lead to a finding. A cheap first pass: no sentences, quotes or context words,
    /// so the ~90% of posts without any offensive, group or violent word cost two table reads per word.
    /// When false and <paramref name="lookForTypos"/>, <paramref name="typo"/> tells whether a word is a typo of a word
    /// that is a finding on its own (see <see cref="LanguageLexicon.TryCorrect"/>). For the post's own words,
    /// <paramref name="marked"/> says which can start a phrase of <see cref="LanguageLexicon.TriggerStarts"/>.
    /// </summary>
    public static bool AnyTrigger(LanguageLexicon lexicon, ReadOnlySpan<char> chars, ReadOnlySpan<Token> words, DetectionContext? marked,
        bool lookForTypos, out bool typo)
    {
        typo = false;
        for (var i = 0; i < words.Length; i++)
        {
            var word = chars.Slice(words[i].Start, words[i].Length);
            if (((marked is null || marked.MayStartAt(i)) && lexicon.MayTrigger(word) && lexicon.Matcher.MatchAt(chars, words, i, out var index) > 0 && lexicon[index].Is(LexRole.Trigger))
                || lexicon.MatchHead(word, out _) > 0)
            {
                return true;
            }

            typo = typo || (lookForTypos && lexicon.MayBeTypo(word, inContext: false) && lexicon.TryCorrect(word, inContext: false, out _));
        }

        return false;
    }

    /// <summary>Fills <paramref name="hits"/>; returns how many, and whether any can lead to a finding.</summary>
    public static int Scan(LanguageLexicon lexicon, ReadOnlySpan<char> text, ReadOnlySpan<char> chars,
        ReadOnlySpan<Token> words, ReadOnlySpan<Token> source, Span<Hit> hits, out bool triggered)
    {
        triggered = false;
        var count = 0;
        var sentence = 0;
        var clause = 0;
        var quoted = false;
        for (var i = 0; i < words.Length && count < hits.Length;)
        {
            if (i > 0)
            {
                var gap = text[source[i - 1].End..source[i].Start];
                if (gap.Length == 1 && gap[0] == ' ')
                {
                    // The usual gap: nothing to learn from it.
                }
                else if (gap.ContainsAny(SentenceEnds))
                {
                    sentence++;
                    clause++;
                }
                else if (gap.ContainsAny(ClauseEnds) || gap.Contains(" - ", StringComparison.Ordinal))
                {
                    clause++;
                }

                quoted = Quotes.After(gap, quoted, words[i].Length == 1);
            }
            else
            {
                quoted = Quotes.After(text[..source[0].Start], quoted, words[0].Length == 1);
            }

            var word = chars.Slice(words[i].Start, words[i].Length);
            var index = 0;
            var n = lexicon.MayStart(word) ? lexicon.Matcher.MatchAt(chars, words, i, out index) : 0;
            if (n == 0)
            {
                if (lexicon.MatchHead(word, out var head) > 0)
                {
                    hits[count++] = new Hit(head, i, 1, sentence, clause, quoted, Compound: true);
                    triggered = true;
                }

                i++;
                continue;
            }

            var entry = lexicon[index];
            if (entry.Is(LexRole.ClauseBreak))
            {
                clause++;
            }

            if (!entry.Is(LexRole.Ignore))
            {
                hits[count++] = new Hit(index, i, n, sentence, clause, quoted);
                triggered |= entry.Is(LexRole.Trigger);
            }

            i += n;
        }

        return count;
    }
}
