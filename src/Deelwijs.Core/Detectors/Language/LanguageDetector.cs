using System.Buffers;
using Deelwijs.Core.Checks;
using Deelwijs.Core.Engine;
using Deelwijs.Core.Text;

namespace Deelwijs.Core.Detectors.Language;

/// <summary>
/// Finds profanity, insults, threats, discrimination and sexual language in a draft: undoes disguises
/// (k4nk3r, k a n k e r, kaaaanker), looks every word up once in the merged lexicons, then applies the word,
/// threat and group-hate rules to what it found.
/// </summary>
internal sealed class LanguageDetector : IStartWordDetector
{
    private const int StackLimit = 256;

    private static readonly string[] DetectorKinds =
        [FindingKinds.Profanity, FindingKinds.Insult, FindingKinds.Threat, FindingKinds.Discrimination, FindingKinds.Sexual];

    private readonly LanguageLexicon lexicon = LanguageLexicon.Shared;

    public IReadOnlyList<string> Kinds => DetectorKinds;

    // Only the first pass over the words as written uses the marks: compounds, typos and disguised words start no phrase.
    public IEnumerable<StartWord> StartWords => lexicon.TriggerStarts;

    public void Detect(DetectionContext context)
    {
        var tokens = context.Tokens;
        if (tokens.IsEmpty)
        {
            return;
        }

        // Most posts hide nothing: then the folded text and its words are used as they are. A typo of an offensive
        // word, or of a group or hate word next to another such word, is corrected on the slower path below.
        if (!Deobfuscator.IsNeeded(lexicon, context.Text, context.Folded, tokens))
        {
            var triggered = HitScanner.AnyTrigger(lexicon, context.Folded, tokens, context, lookForTypos: true, out var typo);
            if (!triggered && !typo)
            {
                return;
            }

            if (triggered && !Deobfuscator.HasTypo(lexicon, context.Folded, tokens, inContext: false)
                && !Deobfuscator.HasTypo(lexicon, context.Folded, tokens, inContext: true))
            {
                Scan(context, context.Folded, tokens, tokens);
                return;
            }
        }

        var length = Deobfuscator.MaxLength(context.Text.Length);
        char[]? rentedChars = null;
        Token[]? rentedTokens = null;
        try
        {
            var chars = length <= StackLimit * 2 ? stackalloc char[StackLimit * 2] : (rentedChars = ArrayPool<char>.Shared.Rent(length));
            var pairs = tokens.Length <= StackLimit / 2
                ? stackalloc Token[StackLimit]
                : (rentedTokens = ArrayPool<Token>.Shared.Rent(tokens.Length * 2));
            var words = pairs[..tokens.Length];
            var source = pairs.Slice(tokens.Length, tokens.Length);
            var count = Deobfuscator.Normalize(lexicon, context.Text, context.Folded, tokens, chars, words, source, contextTypos: false);
            if (!HitScanner.AnyTrigger(lexicon, chars, words[..count], marked: null, lookForTypos: false, out _))
            {
                return;
            }

            // Group and hate words only count next to another such word: their typos are worth looking for only now.
            if (Deobfuscator.HasTypo(lexicon, chars, words[..count], inContext: true))
            {
                count = Deobfuscator.Normalize(lexicon, context.Text, context.Folded, tokens, chars, words, source, contextTypos: true);
            }

            Scan(context, chars, words[..count], source[..count]);
        }
        finally
        {
            if (rentedChars is not null)
            {
                ArrayPool<char>.Shared.Return(rentedChars);
            }

            if (rentedTokens is not null)
            {
                ArrayPool<Token>.Shared.Return(rentedTokens);
            }
        }
    }

    private void Scan(DetectionContext context, ReadOnlySpan<char> chars, ReadOnlySpan<Token> words, ReadOnlySpan<Token> source)
    {
        Hit[]? rented = null;
        try
        {
            var hits = words.Length <= StackLimit / 2 ? stackalloc Hit[words.Length] : (rented = ArrayPool<Hit>.Shared.Rent(words.Length));
            var found = HitScanner.Scan(lexicon, context.Text, chars, words, source, hits, out _);

            var set = new HitSet(hits[..found], lexicon, source);
            WordRule.Apply(context, set, chars, words);
            ThreatRule.Apply(context, set);
            GroupHateRule.Apply(context, set);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<Hit>.Shared.Return(rented);
            }
        }
    }
}
