using System.Runtime.CompilerServices;

namespace Deelwijs.Core.Text;

/// <summary>
/// For up to 16 lexicons at once, which words of a post can start one of their phrases: one table read per word
/// instead of one filter per word per lexicon, so a lexicon none of whose words occur skips the post altogether.
/// Keyed on a word's first three letters (fewer for shorter words): a phrase's first word and every word that starts
/// with a stem of three letters or more share the key, so the index never misses a start; a shorter stem marks every word.
/// A phrase of more words is keyed on its first two words together, so the common words many phrases start with ("de",
/// "het", "van") are marked only before a word that can follow them.
/// </summary>
internal sealed class StartWordIndex
{
    private const int KeyBits = 14;

    // After the last word of a post: no phrase of two words can start there.
    private const int NoWord = 1 << KeyBits;

    private readonly ushort[] singles = new ushort[1 << KeyBits];
    private readonly ushort[] pairs = new ushort[1 << KeyBits];
    private readonly ushort everyWord;

    /// <param name="lexicons">Per lexicon bit (0 to 15), its start words as <see cref="PhraseMatcher{T}.StartWords"/> gives them.</param>
    public StartWordIndex(IEnumerable<(int Bit, IEnumerable<StartWord> Words)> lexicons)
    {
        foreach (var (bit, words) in lexicons)
        {
            var mask = (ushort)(1 << bit);
            foreach (var start in words)
            {
                if (start.IsStem && start.Word.Length < 3)
                {
                    everyWord |= mask;
                }
                else if (start.Word.Length == 0)
                {
                    continue;
                }
                else if (start.Next is not { Length: > 0 } next || (start.NextIsStem && next.Length < 3))
                {
                    singles[Key(start.IsStem ? start.Word.AsSpan(0, 3) : start.Word)] |= mask;
                }
                else
                {
                    // A phrase's first word is whole; a stem as its second word shares the key of every word it starts.
                    pairs[PairKey(Key(start.Word), Key(start.NextIsStem ? next.AsSpan(0, 3) : next))] |= mask;
                }
            }
        }
    }

    /// <summary>Writes per token the bits of the lexicons that may have a phrase starting there; returns all bits together.</summary>
    public ushort Mark(ReadOnlySpan<char> folded, ReadOnlySpan<Token> tokens, Span<ushort> marks)
    {
        var all = 0;
        marks = marks[..tokens.Length];
        var key = tokens.Length > 0 ? Key(folded.Slice(tokens[0].Start, tokens[0].Length)) : NoWord;
        for (var i = 0; i < marks.Length; i++)
        {
            var next = i + 1 < tokens.Length ? Key(folded.Slice(tokens[i + 1].Start, tokens[i + 1].Length)) : NoWord;
            var mark = singles[key] | pairs[PairKey(key, next)] | everyWord;
            marks[i] = (ushort)mark;
            all |= mark;
            key = next;
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int PairKey(int first, int second) =>
        (int)((((uint)first * 0x9E3779B1u) ^ ((uint)(second + 1) * 0x85EBCA77u)) * 0x2C1B3C6Du >> (32 - KeyBits));
}
