using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Deelwijs.Core.Text;

/// <summary>
/// A read-only table from words to values, looked up by a span of the checked text. It does the job of a frozen
/// dictionary's span lookup, but as our own code: the engine runs without tiered compilation, so the framework's
/// precompiled lookup code (with its interface calls through the comparer) would never be optimised further, and a
/// word lookup is the innermost step of every lexicon detector.
/// </summary>
/// <remarks>
/// Open addressing with linear probing, at most half full. The keys come from our lexicons and the school's roster,
/// never from the checked text, so the fixed hash cannot be steered into long probe runs.
/// </remarks>
internal sealed class WordTable<TValue>
{
    // Per slot: 0 when empty, otherwise the index of the entry plus one.
    private readonly int[] slots;
    private readonly uint[] hashes;
    private readonly string[] keys;
    private readonly TValue[] values;
    private readonly int mask;

    public WordTable(IEnumerable<KeyValuePair<string, TValue>> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var entries = pairs.ToArray();
        keys = new string[entries.Length];
        values = new TValue[entries.Length];
        hashes = new uint[entries.Length];
        slots = new int[Math.Max(16, (int)BitOperations.RoundUpToPowerOf2((uint)entries.Length * 2))];
        mask = slots.Length - 1;
        for (var e = 0; e < entries.Length; e++)
        {
            var (key, value) = entries[e];
            var hash = Hash(key);
            var slot = (int)hash & mask;
            while (slots[slot] != 0)
            {
                if (hashes[slots[slot] - 1] == hash && keys[slots[slot] - 1] == key)
                {
                    throw new ArgumentException($"The word '{key}' occurs twice.", nameof(pairs));
                }

                slot = (slot + 1) & mask;
            }

            keys[e] = key;
            values[e] = value;
            hashes[e] = hash;
            slots[slot] = e + 1;
        }
    }

    public int Count => keys.Length;

    public IEnumerable<string> Keys => keys;

    public bool ContainsKey(ReadOnlySpan<char> word) => Find(word) >= 0;

    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value)
    {
        var entry = Find(word);
        if (entry < 0)
        {
            value = default!;
            return false;
        }

        value = values[entry];
        return true;
    }

    private int Find(ReadOnlySpan<char> word)
    {
        var hash = Hash(word);
        var slot = (int)hash & mask;
        while (true)
        {
            var entry = slots[slot] - 1;
            if (entry < 0)
            {
                return -1;
            }

            if (hashes[entry] == hash && word.SequenceEqual(keys[entry]))
            {
                return entry;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>FNV-style mixing of two characters at a time, then a final avalanche so the low bits pick the slot.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u ^ (uint)word.Length;
        var pairs = MemoryMarshal.Cast<char, uint>(word);
        foreach (var pair in pairs)
        {
            hash = (hash ^ pair) * 16777619u;
        }

        if ((word.Length & 1) != 0)
        {
            hash = (hash ^ word[^1]) * 16777619u;
        }

        hash ^= hash >> 15;
        hash *= 0x2C1B3C6Du;
        return hash ^ (hash >> 12);
    }
}
