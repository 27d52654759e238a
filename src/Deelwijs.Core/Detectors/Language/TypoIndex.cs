using System.Runtime.CompilerServices;
using Deelwijs.Core.Text;

namespace Deelwijs.Core.Detectors.Language;

/// <summary>
/// Reads a word one typo away from an offensive, group or hate word of the lexicon as that word ("kankre", "mslim",
/// "afavl"): one letter left out, added or changed, or two neighbouring letters swapped. A symmetric-delete index
/// holds every such word with each of its letters but the first left out once, so a typo costs a few lookups, not a
/// search. Two bit filters over the same keys, one of their outline (length, first and last two letters) and one of
/// their hash, rule out almost every other word before any lookup.
/// </summary>
internal sealed class TypoIndex
{
    /// <summary>Shorter words have too many ordinary look-alikes ("haat": haar, baat, laat).</summary>
    public const int MinWordLength = 5;

    private const int FilterBits = 18;
    private const int OutlineBits = 18;
    private const ulong Base = 0x100000001B3;
    private const ulong Spread = 0x9E3779B97F4A7C15;
    private const int Middle = 0;
    private const int Second = 1;
    private const int End = 2;

    // The longest word the index holds; a typo may be one letter longer.
    private const int MaxWordLength = 63;

    // Powers of the hash base, per instance: a static table would cost a check of the class's initialisation per read.
    private readonly ulong[] powers = Enumerable.Range(0, MaxWordLength + 2)
        .Select(i => Enumerable.Repeat(Base, i).Aggregate(1UL, (a, b) => unchecked(a * b))).ToArray();

    private readonly ulong[] filter = new ulong[1 << (FilterBits - 6)];
    private readonly ulong[] outlines = new ulong[1 << (OutlineBits - 6)];
    private readonly WordTable<string> words;
    private readonly WordTable<string[]> deletions;
    private readonly WordSet ordinary;
    private readonly int minLength;
    private readonly int maxLength;

    /// <param name="vocabulary">The words a typo can stand for.</param>
    /// <param name="ordinaryWords">Real words that are never a typo, although one letter away from the vocabulary ("anker", "trouw").</param>
    public TypoIndex(IEnumerable<string> vocabulary, IEnumerable<string> ordinaryWords)
    {
        var vocab = vocabulary.Where(w => w.Length is >= MinWordLength and <= MaxWordLength).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).ToArray();
        minLength = vocab.Length == 0 ? int.MaxValue : vocab.Min(w => w.Length) - 1;
        maxLength = vocab.Length == 0 ? 0 : vocab.Max(w => w.Length);
        var keys = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var word in vocab)
        {
            Add(word);
            AddOutlines(word);
            for (var i = 1; i < word.Length; i++)
            {
                var key = string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1));
                Add(key);
                if (!keys.TryGetValue(key, out var list))
                {
                    keys[key] = list = [];
                }

                list.Add(word);
            }
        }

        words = new(vocab.Select(w => KeyValuePair.Create(w, w)));
        deletions = new(keys.Select(k => KeyValuePair.Create(k.Key, k.Value.Distinct(StringComparer.Ordinal).ToArray())));
        ordinary = new(ordinaryWords);
    }

    /// <summary>
    /// False when <paramref name="word"/> is certainly not one typo from the vocabulary; true means: ask
    /// <see cref="TryCorrect"/>. Exact vocabulary words pass too.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayBeTypo(ReadOnlySpan<char> word) =>
        word.Length >= minLength && word.Length <= maxLength + 1 && MayMatchOutline(word) && MayMatchKey(word);

    private bool MayMatchKey(ReadOnlySpan<char> word)
    {
        var n = word.Length;
        var power = powers.AsSpan(0, n);

        // Polynomial hashes of every suffix, so each "word without letter i" hashes in O(1).
        Span<ulong> suffix = stackalloc ulong[MaxWordLength + 2];
        suffix[n] = 0;
        var hash = 0UL;
        for (var k = n - 1; k >= 0; k--)
        {
            hash = unchecked(hash + (word[k] * power[n - 1 - k]));
            suffix[k] = hash;
        }

        if (InFilter(hash))
        {
            return true;
        }

        var prefix = (ulong)word[0];
        for (var i = 1; i < n; i++)
        {
            if (InFilter(unchecked((prefix * power[n - 1 - i]) + suffix[i + 1])))
            {
                return true;
            }

            prefix = unchecked((prefix * Base) + word[i]);
        }

        return false;
    }

    /// <summary>
    /// The vocabulary word that <paramref name="word"/> is one typo away from, keeping its first letter (people
    /// rarely mistype that one); false for a real word or no such word. Ask <see cref="MayBeTypo"/> first.
    /// </summary>
    public bool TryCorrect(ReadOnlySpan<char> word, out string correction)
    {
        correction = "";
        if (word.Length < minLength || word.Length > maxLength + 1 || words.ContainsKey(word) || ordinary.Contains(word))
        {
            return false;
        }

        // A letter left out: the word is a key itself. Keys keep the first letter, so every candidate does too.
        if (deletions.TryGetValue(word, out var candidates))
        {
            correction = candidates[0];
            return true;
        }

        Span<char> shorter = stackalloc char[word.Length - 1];
        for (var i = 1; i < word.Length; i++)
        {
            word[..i].CopyTo(shorter);
            word[(i + 1)..].CopyTo(shorter[i..]);
            if (words.TryGetValue(shorter, out var inserted))
            {
                correction = inserted;
                return true;
            }

            if (deletions.TryGetValue(shorter, out candidates))
            {
                foreach (var candidate in candidates)
                {
                    if (OneChangeOrSwap(word, candidate))
                    {
                        correction = candidate;
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>Same length and one letter changed, or two neighbouring letters swapped.</summary>
    private static bool OneChangeOrSwap(ReadOnlySpan<char> a, string b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        var first = a.CommonPrefixLength(b);
        if (first == a.Length)
        {
            return false;
        }

        if (a[(first + 1)..].SequenceEqual(b.AsSpan(first + 1)))
        {
            return true;
        }

        return first + 1 < a.Length && a[first] == b[first + 1] && a[first + 1] == b[first]
            && a[(first + 2)..].SequenceEqual(b.AsSpan(first + 2));
    }

    private void Add(string key)
    {
        var (slot, bits) = Locate(Hash(key));
        filter[slot] |= bits;
    }

    /// <summary>
    /// Whether <paramref name="word"/> has the outline of a typo: its length with its first letter, its second or third
    /// letter and its last or last but one letter as a typo of some word would have them. Three table reads that rule
    /// out most words before any hashing.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayMatchOutline(ReadOnlySpan<char> word)
    {
        var n = word.Length;
        int first = word[0], last = word[n - 1];
        return InOutlines(Outline(Middle, n, first, word[1], last))
            || InOutlines(Outline(Second, n, first, word[2], last))
            || InOutlines(Outline(End, n, first, word[1], word[n - 2]));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool InOutlines(int outline) => (outlines[outline >> 6] & (1UL << outline)) != 0;

    /// <summary>
    /// The outlines of every typo of <paramref name="w"/> that keeps its first letter, by where the typo is: after the
    /// second letter and before the last (<see cref="Middle"/>, which also covers a few other cases), at the second
    /// letter (<see cref="Second"/>) or at the end (<see cref="End"/>).
    /// </summary>
    private void AddOutlines(string w)
    {
        int m = w.Length, first = w[0], second = w[1], third = w[2], last = w[m - 1], lastButOne = w[m - 2];
        ReadOnlySpan<int> outlines =
        [
            Outline(Middle, m - 1, first, third, last), // second letter left out
            Outline(Middle, m - 1, first, second, last), // a middle letter left out
            Outline(Middle, m - 1, first, second, lastButOne), // last letter left out
            Outline(Middle, m + 1, first, second, last), // a letter added in the middle
            Outline(Middle, m, first, second, last), // a middle letter changed or swapped
            Outline(Middle, m, first, third, last), // second and third letter swapped
            Outline(Middle, m, first, second, lastButOne), // last two letters swapped
            Outline(Second, m + 1, first, second, last), // a letter added after the first
            Outline(Second, m, first, third, last), // second letter changed
            Outline(End, m + 1, first, second, last), // a letter added at the end
            Outline(End, m, first, second, lastButOne), // last letter changed
        ];
        foreach (var outline in outlines)
        {
            this.outlines[outline >> 6] |= 1UL << outline;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Outline(int where, int length, int first, int other, int end)
    {
        var x = (uint)((where << 20) | ((length & 31) << 15) | ((first & 31) << 10) | ((other & 31) << 5) | (end & 31));
        return (int)(unchecked(x * 0x9E3779B1u) >> (32 - OutlineBits));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool InFilter(ulong hash)
    {
        var (slot, bits) = Locate(hash);
        return (filter[slot] & bits) == bits;
    }

    private static ulong Hash(ReadOnlySpan<char> key)
    {
        var h = 0UL;
        foreach (var c in key)
        {
            h = unchecked((h * Base) + c);
        }

        return h;
    }

    // Two bits in one 64-bit cell: one memory read per probe, a few false passes in a thousand.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (int Slot, ulong Bits) Locate(ulong hash)
    {
        var x = unchecked(hash * Spread);
        return ((int)(x >> (64 - FilterBits + 6)), (1UL << (int)((x >> 20) & 63)) | (1UL << (int)((x >> 26) & 63)));
    }
}
