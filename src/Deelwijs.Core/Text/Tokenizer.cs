using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Deelwijs.Core.Text;

/// <summary>Splits text into words: runs of letters and digits, with symbols that stand inside a word (k@nker, k*t).</summary>
/// <remarks>
/// Words are about six characters long, so deciding where each one ends costs more than reading its letters. The text
/// is therefore first classified 16 characters at a time into bit masks per block of 64 characters (letter or digit of
/// ASCII or Latin-1, capital, digit, and "special": characters beyond Latin-1 and the symbols of leetspeak). A word of
/// such letters and its shape follow from the masks with bit operations. A word with a special character before or
/// after it, or one that runs on into the next block, is read one character at a time by <see cref="ReadWord"/>,
/// which handles every character.
/// </remarks>
public static class Tokenizer
{
    private const int StackBlocks = 32;

    // The masks of a block, in this order: letter or digit (ASCII or Latin-1), capital, ASCII digit, special.
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
                var following = (block + 1) * Masks;
                specialAfter |= ((masks[following + Special] | masks[following + Alnum]) & 1) << 63;
            }

            // Bits at or below the end of the last word read; words are taken as their lowest bit, so no shifts by a
            // variable count are needed.
            var read = (1UL << (i - blockStart)) - 1;
            var bits = alnum & ~read;
            var starts = bits & ~(bits << 1);
            var ends = bits & ~(bits >> 1);
            var slow = false;
            var resume = blockStart + 64;
            while (starts != 0 && count < tokens.Length)
            {
                var startBit = starts & (0 - starts);
                var endBit = ends & (0 - ends);

                // A special character before the word may start a word of its own or belong to this one, and one
                // after it may continue it. A word that goes on into the next block is read on in that block's masks.
                var runOn = 0;
                if ((special & (startBit - 1) & ~read) != 0 || ((specialAfter & endBit) != 0 && !RunsOn(masks, block, endBit, out runOn)))
                {
                    slow = true;
                    break;
                }

                var range = (endBit << 1) - startBit;
                var length = BitOperations.PopCount(range);
                var digits = BitOperations.PopCount(digit & range);
                var uppers = BitOperations.PopCount(upper & range);
                if (runOn > 0)
                {
                    var following = (block + 1) * Masks;
                    var runMask = (1UL << runOn) - 1;
                    length += runOn;
                    digits += BitOperations.PopCount(masks[following + Digit] & runMask);
                    uppers += BitOperations.PopCount(masks[following + Upper] & runMask);
                    resume += runOn;
                }

                var letters = length - digits;
                var shape = (letters > 0 ? TokenShape.Letters : TokenShape.None)
                    | (digits > 0 ? TokenShape.Digits : TokenShape.None)
                    | ((upper & startBit) != 0 ? TokenShape.Capitalized : TokenShape.None)
                    | (letters >= 2 && uppers == letters ? TokenShape.Upper : TokenShape.None);
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
                i = resume;
            }
        }

        return count;
    }

    /// <summary>
    /// For a word that ends at the last character of <paramref name="block"/> (<paramref name="endBit"/>) and goes on
    /// in the next block: how many letters and digits it goes on with there; false when a special character is among
    /// them or just after them, or they fill that block too, so the word is read one character at a time.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool RunsOn(ReadOnlySpan<ulong> masks, int block, ulong endBit, out int runOn)
    {
        runOn = 0;
        if ((endBit >> 63) == 0)
        {
            return false;
        }

        var following = (block + 1) * Masks;
        runOn = BitOperations.TrailingZeroCount(~masks[following + Alnum]);
        return runOn < 63 && (masks[following + Special] & ((2UL << runOn) - 1)) == 0;
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
        // Sixteen characters as bytes: anything above 0xFF becomes 0xFF, which is special.
        var max = Vector128.Create((ushort)0xFF);
        var c = Vector128.Narrow(
            Vector128.Min(Vector128.LoadUnsafe(ref chars, (nuint)at), max),
            Vector128.Min(Vector128.LoadUnsafe(ref chars, (nuint)(at + 8)), max));
        var isUpper = InRange(c, 'A', 'Z');
        var isDigit = InRange(c, '0', '9');

        // Latin-1 letters (é, ë, Ü) are read here like ASCII letters; its other characters (« » ° £) part words like a space.
        // Saturated characters (0xFF), and ª µ º, which are letters too, are left to the slow path.
        var notSigns = ~(Vector128.Equals(c, Vector128.Create((byte)0xD7)) | Vector128.Equals(c, Vector128.Create((byte)0xF7)));
        var isLatinLetter = InRange(c, (char)0xC0, (char)0xFE) & notSigns;
        var isAlnum = InRange(c | Vector128.Create((byte)0x20), 'a', 'z') | isDigit | isLatinLetter;
        var isLatinUpper = InRange(c, (char)0xC0, (char)0xDE) & notSigns;
        var isSpecial = Vector128.Equals(c, Vector128.Create((byte)0xFF))
            | Vector128.Equals(c, Vector128.Create((byte)0xAA)) | Vector128.Equals(c, Vector128.Create((byte)0xB5)) | Vector128.Equals(c, Vector128.Create((byte)0xBA))
            | Vector128.Equals(c, Vector128.Create((byte)'@')) | Vector128.Equals(c, Vector128.Create((byte)'$'))
            | Vector128.Equals(c, Vector128.Create((byte)'*')) | Vector128.Equals(c, Vector128.Create((byte)'!'))
            | Vector128.Equals(c, Vector128.Create((byte)'|'));
        return (isAlnum.ExtractMostSignificantBits(), (isUpper | isLatinUpper).ExtractMostSignificantBits(),
            isDigit.ExtractMostSignificantBits(), isSpecial.ExtractMostSignificantBits());
    }

    private static void ClassifyShort(ReadOnlySpan<char> text, Span<ulong> masks)
    {
        ulong a = 0, u = 0, d = 0, s = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var bit = 1UL << i;
            var latinLetter = c is >= (char)0xC0 and <= (char)0xFE and not (char)0xD7 and not (char)0xF7;
            a |= char.IsAsciiLetterOrDigit(c) || latinLetter ? bit : 0;
            u |= char.IsAsciiLetterUpper(c) || (latinLetter && c <= (char)0xDE) ? bit : 0;
            d |= char.IsAsciiDigit(c) ? bit : 0;
            s |= c >= (char)0xFF || c is (char)0xAA or (char)0xB5 or (char)0xBA || IsInnerSymbol(c) ? bit : 0;
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
