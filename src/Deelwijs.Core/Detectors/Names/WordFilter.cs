using Deelwijs.Core.Text;

namespace Deelwijs.Core.Detectors.Names;

/// <summary>
/// A 64 Kbit filter on a word's first three letters (and its length, unless words may be compound
/// prefixes): "certainly not in the list" in a few instructions, so most words never reach a dictionary.
/// A false positive only costs the lookup that would have happened anyway.
/// </summary>
internal sealed class WordFilter(bool byLength = true)
{
    private readonly ulong[] bits = new ulong[1024];

    /// <summary>A filter holding the first word of every phrase (folded as the text is).</summary>
    public static WordFilter ForPhrases(IEnumerable<string> phrases, bool byLength)
    {
        var filter = new WordFilter(byLength);
        Span<Token> first = stackalloc Token[1];
        foreach (var phrase in phrases)
        {
            var folded = CharFolding.Fold(phrase.Trim().TrimEnd('*'));
            if (Tokenizer.Tokenize(folded, first) > 0)
            {
                filter.Add(folded.AsSpan(first[0].Start, first[0].Length));
            }
        }

        return filter;
    }

    public void Add(ReadOnlySpan<char> word)
    {
        var h = Hash(word);
        bits[h >> 6] |= 1UL << (h & 63);
    }

    public bool MayContain(ReadOnlySpan<char> word)
    {
        var h = Hash(word);
        return (bits[h >> 6] & (1UL << (h & 63))) != 0;
    }

    private int Hash(ReadOnlySpan<char> word)
    {
        var h = byLength ? (uint)word.Length * 0x9E3779B1u : 0x9E3779B1u;
        for (var i = 0; i < word.Length && i < 3; i++)
        {
            h = (h ^ word[i]) * 16777619u;
        }

        return (int)(h >> 16);
    }
}
