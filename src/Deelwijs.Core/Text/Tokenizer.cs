using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Deelwijs.Core.Text;

/// <summary>Splits text into words: runs of letters and digits, with symbols that stand inside a word (k@nker, k*t).</summary>
/// <remarks>
/// Words are about six characters long, so deciding where each one ends costs more than reading its letters. The text
/// is therefore first classified 16 characters at a time into bit masks per block of 64 characters (ASCII letter or
/// digit, capital, digit, and "special": anything outside ASCII and the symbols of leetspeak). A word of plain ASCII
/// and its shape follow from the masks with bit operations. A word with a special character before or after it, or
/// one that runs on into the next block, is read one character at a time by <see cref="ReadWord"/>, which handles
/// every character.
/// </remarks>
public static class Tokenizer
{
    private const int StackBlocks = 32;

    // The masks of a block, in this order: ASCII letter or digit, ASCII capital, ASCII digit, special.
    private const int Masks = 4;
    private const int Alnum = 0;
    private const int Upper = 1;
    private const int Digit = 2;
    private const int Special = 3;

    /// <summary>Writes the tokens of <paramref name="text"/> into <paramref name="tokens"/> and returns how many there are.</summary>
    public static int Tokenize(ReadOnlySpan<char> text, Span<Token> tokens) => Tokenize(text, tokens, out _);

    /// <summary>As <see cref="Tokenize(ReadOnlySpan{char}, Span{Token})"/>; also counts the digits 0-9 in the whole text.</summary>
    internal static int Tokenize(ReadOnlySpan<char> text, Span<Token> tokens, out int digits)
    {
        var blocks = (text.Length + 63) >> 6;
        ulong[]? rented = null;
        var masks = blocks <= StackBlocks ? stackalloc ulong[StackBlocks * Masks] : (rented = ArrayPool<ulong>.Shared.Rent(blocks * Masks));
        try
        {
            masks = masks[..(blocks * Masks)];
            Classify(text, masks);
            digits = 0;
            for (var block = 0; block < blocks; block++)
            {
                digits += BitOperations.PopCount(masks[(block * Masks) + Digit]);
            }

            return Tokenize(text, tokens, masks);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<ulong>.Shared.Return(rented);
            }
        }
    }

    /// <summary>An upper bound of the tokens in a text of this length.</summary>
    public static int MaxTokens(int textLength) => (textLength / 2) + 1;

    private static int Tokenize(ReadOnlySpan<char> text, Span<Token> tokens, ReadOnlySpan<ulong> masks)
    {
        var count = 0;

        // Everything before i is read, and i is never inside a word.
        var i = 0;
        while (i < text.Length && count < tokens.Length)
        {
            var block = i >> 6;
            var blockStart = block << 6;
            var alnum = masks[(block * Masks) + Alnum];
            var upper = masks[(block * Masks) + Upper];
            var digit = masks[(block * Masks) + Digit];
            var special = masks[(block * Masks) + Special];

            // Per position: the character after it is special, or (at the end of the block) the next block starts with
            // a special character or goes on with the word.
            var specialAfter = special >> 1;
            if (blockStart + 64 < text.Length)
            {
                var next = (block + 1) * Masks;
                specialAfter |= ((masks[next + Special] | masks[next + Alnum]) & 1) << 63;
            }

            // Bits at or below the end of the last word read; words are taken as their lowest bit, so no shifts by a
            // variable count are needed.
            var read = (1UL << (i - blockStart)) - 1;
            var bits = alnum & ~read;
            var starts = bits & ~(bits << 1);
            var ends = bits & ~(bits >> 1);
            var slow = false;
            while (starts != 0 && count < tokens.Length)
            {
                var startBit = starts & (0 - starts);
                var endBit = ends & (0 - ends);

                // A special character before the word may start a word of its own or belong to this one, and one
                // after it may continue it.
                if ((special & (startBit - 1) & ~read) != 0 || (specialAfter & endBit) != 0)
                {
                    slow = true;
                    break;
                }

                var range = (endBit << 1) - startBit;
                var length = BitOperations.PopCount(range);
                var letters = length - BitOperations.PopCount(digit & range);
                var shape = (letters > 0 ? TokenShape.Letters : TokenShape.None)
                    | (letters < length ? TokenShape.Digits : TokenShape.None)
                    | ((upper & startBit) != 0 ? TokenShape.Capitalized : TokenShape.None)
                    | (letters >= 2 && BitOperations.PopCount(upper & range) == letters ? TokenShape.Upper : TokenShape.None);
                tokens[count++] = new Token(blockStart + BitOperations.TrailingZeroCount(startBit), length, shape);
                read = (endBit << 1) - 1;
                starts ^= startBit;
                ends ^= endBit;
            }

            if (slow || (special & ~read) != 0)
            {
                // Read from the end of the last word on, one character at a time.
                i = blockStart + BitOperations.PopCount(read);
                if (ReadWord(text, ref i, out var token) && count < tokens.Length)
                {
                    tokens[count++] = token;
                }
            }
            else
            {
                i = blockStart + 64;
            }
        }

        return count;
    }

    /// <summary>
    /// Reads the next word from <paramref name="i"/> one character at a time, skipping what cannot start one; false when
    /// the text ends first. Handles every character, including letters outside ASCII and symbols inside a word.
    /// </summary>
    private static bool ReadWord(ReadOnlySpan<char> text, ref int i, out Token token)
    {
        while (i < text.Length && !IsLetterOrDigit(text[i]))
        {
            i++;
        }

        if (i == text.Length)
        {
            token = default;
            return false;
        }

        var start = i;
        var shape = char.IsUpper(text[i]) ? TokenShape.Capitalized : TokenShape.None;
        var uppers = 0;
        var letters = 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                shape |= TokenShape.Letters;
                letters++;
                uppers += char.IsUpper(c) ? 1 : 0;
            }
            else if (char.IsAsciiDigit(c))
            {
                shape |= TokenShape.Digits;
            }
            else if (char.IsLetterOrDigit(c) || (IsInnerSymbol(c) && i + 1 < text.Length && IsLetterOrDigit(text[i + 1])))
            {
                shape |= TokenShape.Symbols;
            }
            else
            {
                break;
            }
        }

        if (letters >= 2 && uppers == letters)
        {
            shape |= TokenShape.Upper;
        }

        token = new Token(start, i - start, shape);
        return true;
    }

    /// <summary>Sets one bit per character in the masks of its block; see the remarks of the class.</summary>
    private static void Classify(ReadOnlySpan<char> text, Span<ulong> masks)
    {
        if (text.Length < Vector128<byte>.Count)
        {
            ClassifyShort(text, masks);
            return;
        }

        ref var chars = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<char, ushort>(text));
        for (var block = 0; block * Masks < masks.Length; block++)
        {
            ulong a = 0, u = 0, d = 0, s = 0;
            var blockStart = block << 6;
            var blockEnd = Math.Min(text.Length, blockStart + 64);
            for (var i = blockStart; i < blockEnd; i += Vector128<byte>.Count)
            {
                // The last sixteen characters of a block that ends early are read from sixteen before its end, so
                // they overlap characters already classified instead of taking a slower path.
                var at = Math.Min(i, blockEnd - Vector128<byte>.Count);
                var (alnum, upper, digit, special) = Classify16(ref chars, at);
                var shift = at - blockStart;
                a |= Place(alnum, shift);
                u |= Place(upper, shift);
                d |= Place(digit, shift);
                s |= Place(special, shift);
            }

            masks[(block * Masks) + Alnum] = a;
            masks[(block * Masks) + Upper] = u;
            masks[(block * Masks) + Digit] = d;
            masks[(block * Masks) + Special] = s;
        }
    }

    /// <summary>The bits of sixteen characters from <paramref name="shift"/> in their block, which may be before its start.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Place(uint bits, int shift) => shift >= 0 ? (ulong)bits << shift : (ulong)(bits >> -shift);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (uint Alnum, uint Upper, uint Digit, uint Special) Classify16(ref ushort chars, int at)
    {
        // Sixteen characters as bytes: anything above 0xFF becomes 0xFF, which is special like every non-ASCII byte.
        var max = Vector128.Create((ushort)0xFF);
        var c = Vector128.Narrow(
            Vector128.Min(Vector128.LoadUnsafe(ref chars, (nuint)at), max),
            Vector128.Min(Vector128.LoadUnsafe(ref chars, (nuint)(at + 8)), max));
        var isUpper = InRange(c, 'A', 'Z');
        var isDigit = InRange(c, '0', '9');
        var isAlnum = InRange(c | Vector128.Create((byte)0x20), 'a', 'z') | isDigit;

        // The top bit of a byte is set for everything outside ASCII.
        var isSpecial = c
            | Vector128.Equals(c, Vector128.Create((byte)'@')) | Vector128.Equals(c, Vector128.Create((byte)'$'))
            | Vector128.Equals(c, Vector128.Create((byte)'*')) | Vector128.Equals(c, Vector128.Create((byte)'!'))
            | Vector128.Equals(c, Vector128.Create((byte)'|'));
        return (isAlnum.ExtractMostSignificantBits(), isUpper.ExtractMostSignificantBits(),
            isDigit.ExtractMostSignificantBits(), isSpecial.ExtractMostSignificantBits());
    }

    private static void ClassifyShort(ReadOnlySpan<char> text, Span<ulong> masks)
    {
        ulong a = 0, u = 0, d = 0, s = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var bit = 1UL << i;
            a |= char.IsAsciiLetterOrDigit(c) ? bit : 0;
            u |= char.IsAsciiLetterUpper(c) ? bit : 0;
            d |= char.IsAsciiDigit(c) ? bit : 0;
            s |= !char.IsAscii(c) || IsInnerSymbol(c) ? bit : 0;
        }

        if (!masks.IsEmpty)
        {
            masks[Alnum] = a;
            masks[Upper] = u;
            masks[Digit] = d;
            masks[Special] = s;
        }
    }

    /// <summary>Per byte: all ones when it lies from <paramref name="low"/> to <paramref name="high"/>, as one signed comparison.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> InRange(Vector128<byte> c, char low, char high)
    {
        // Shifted so that the range starts at -128: below -128 + its width is then exactly the range.
        var shifted = (c + Vector128.Create((byte)(128 - low))).AsSByte();
        return Vector128.LessThan(shifted, Vector128.Create((sbyte)(-128 + (high - low + 1)))).AsByte();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLetterOrDigit(char c) => char.IsAscii(c) ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsInnerSymbol(char c) => c is '@' or '$' or '€' or '*' or '!' or '|';
}
