using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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

    /// <summary>
    /// False when no word of <paramref name="text"/> can have stretched letters: nowhere do three equal characters above
    /// '@' (letters, not spaces, digits or "...") follow each other. One pass over the text instead of one per word.
    /// </summary>
    public static bool MayHaveAny(ReadOnlySpan<char> text)
    {
        ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        var belowLetters = Vector128.Create((ushort)'@');
        var i = 0;
        for (; i + Vector128<ushort>.Count + 2 <= text.Length; i += Vector128<ushort>.Count)
        {
            var first = Vector128.LoadUnsafe(ref start, (nuint)i);
            var second = Vector128.LoadUnsafe(ref start, (nuint)(i + 1));
            var third = Vector128.LoadUnsafe(ref start, (nuint)(i + 2));
            var triple = Vector128.Equals(first, second) & Vector128.Equals(second, third) & Vector128.GreaterThan(first, belowLetters);
            if (triple != Vector128<ushort>.Zero)
            {
                return true;
            }
        }

        for (; i + 2 < text.Length; i++)
        {
            if (text[i] > '@' && text[i] == text[i + 1] && text[i] == text[i + 2])
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
