using System.Runtime.CompilerServices;

namespace Deelwijs.Core.Text;

/// <summary>
/// For up to 16 lexicons at once, which words of a post can start one of their phrases: one table read per word
/// instead of one filter per word per lexicon, so a lexicon none of whose words occur skips the post altogether.
/// Keyed on a word's first three letters (fewer for shorter words): a phrase's first word and every word that starts
/// with a stem of three letters or more share the key, so the index never misses a start; a shorter stem marks every word.
/// </summary>
internal sealed class StartWordIndex
{
    private const int KeyBits = 14;

    private readonly ushort[] table = new ushort[1 << KeyBits];
    private readonly ushort everyWord;

    /// <param name="lexicons">Per lexicon bit (0 to 15), its start words as <see cref="PhraseMatcher{T}.StartWords"/> gives them.</param>
    public StartWordIndex(IEnumerable<(int Bit, IEnumerable<(string Word, bool IsStem)> Words)> lexicons)
    {
        foreach (var (bit, words) in lexicons)
        {
            var mask = (ushort)(1 << bit);
            foreach (var (word, isStem) in words)
            {
                if (isStem && word.Length < 3)
                {
                    everyWord |= mask;
                }
                else if (word.Length > 0)
                {
                    table[Key(isStem ? word.AsSpan(0, 3) : word)] |= mask;
                }
            }
        }
    }

    /// <summary>Writes per token the bits of the lexicons that may have a phrase starting there; returns all bits together.</summary>
    public ushort Mark(ReadOnlySpan<char> folded, ReadOnlySpan<Token> tokens, Span<ushort> marks)
    {
        var all = 0;
        marks = marks[..tokens.Length];
        for (var i = 0; i < marks.Length; i++)
        {
            var mark = table[Key(folded.Slice(tokens[i].Start, tokens[i].Length))] | everyWord;
            marks[i] = (ushort)mark;
            all |= mark;
        }

        return (ushort)all;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Key(ReadOnlySpan<char> word)
    {
        var h = word.Length switch
        {
            0 => 0u,
            1 => word[0] * 0x9E3779B1u,
            2 => (word[0] * 0x9E3779B1u) ^ (word[1] * 0x85EBCA77u),
            _ => (word[0] * 0x9E3779B1u) ^ (word[1] * 0x85EBCA77u) ^ (word[2] * 0xC2B2AE3Du) ^ 0x27D4EB2Fu,
        };
        return (int)((h ^ (h >> 15)) * 0x2C1B3C6Du >> (32 - KeyBits));
    }
}
