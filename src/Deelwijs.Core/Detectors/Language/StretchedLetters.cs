using System.Runtime.CompilerServices;

namespace Deelwijs.Core.Detectors.Language;

/// <summary>Letters repeated for emphasis or to slip past a filter (kaaaanker, teeeef).</summary>
internal static class StretchedLetters
{
    /// <summary>True when a letter occurs three or more times in a row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Has(ReadOnlySpan<char> word)
    {
        // Three in a row always hold a pair that starts at an odd position: checking those pairs is enough.
        for (var i = 1; i + 1 < word.Length; i += 2)
        {
            var c = word[i];
            if (c == word[i + 1] && (c == word[i - 1] || (i + 2 < word.Length && c == word[i + 2])) && char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Shrinks letters repeated three or more times to one (kaaaanker) or, if only that is a known word, two (teeeef).</summary>
    public static int Undo(LanguageLexicon lexicon, Span<char> word, Span<char> scratch)
    {
        if (word.Length < 3 || word.Length > scratch.Length || !Has(word))
        {
            return word.Length;
        }

        var single = Shrink(word, scratch, keep: 1);
        if (lexicon.Word(scratch[..single]) is null)
        {
            var doubled = Shrink(word, scratch, keep: 2);
            if (lexicon.Word(scratch[..doubled]) is not null)
            {
                scratch[..doubled].CopyTo(word);
                return doubled;
            }

            single = Shrink(word, scratch, keep: 1);
        }

        scratch[..single].CopyTo(word);
        return single;
    }

    private static int Shrink(ReadOnlySpan<char> word, Span<char> output, int keep)
    {
        var n = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var run = 1;
            while (i + run < word.Length && word[i + run] == word[i])
            {
                run++;
            }

            var copies = run >= 3 ? keep : run;
            for (var k = 0; k < copies; k++)
            {
                output[n++] = word[i];
            }

            i += run - 1;
        }

        return n;
    }
}
