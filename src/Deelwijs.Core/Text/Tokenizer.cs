using System.Runtime.CompilerServices;

namespace Deelwijs.Core.Text;

/// <summary>Splits text into words: runs of letters and digits, with symbols that stand inside a word (k@nker, k*t).</summary>
public static class Tokenizer
{
    /// <summary>Writes the tokens of <paramref name="text"/> into <paramref name="tokens"/> and returns how many there are.</summary>
    public static int Tokenize(ReadOnlySpan<char> text, Span<Token> tokens)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length && count < tokens.Length)
        {
            if (!IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var shape = char.IsUpper(text[i]) ? TokenShape.Capitalized : TokenShape.None;
            var uppers = 0;
            var letters = 0;
            while (i < text.Length)
            {
                // Most of a Dutch text is runs of lower-case ASCII letters: count them in a tight loop first.
                var run = i;
                while (run < text.Length && char.IsAsciiLetterLower(text[run]))
                {
                    run++;
                }

                if (run > i)
                {
                    shape |= TokenShape.Letters;
                    letters += run - i;
                    i = run;
                    if (i == text.Length)
                    {
                        break;
                    }
                }

                var c = text[i];
                if (c == ' ')
                {
                    break;
                }

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

                i++;
            }

            if (letters >= 2 && uppers == letters)
            {
                shape |= TokenShape.Upper;
            }

            tokens[count++] = new Token(start, i - start, shape);
        }

        return count;
    }

    /// <summary>An upper bound of the tokens in a text of this length.</summary>
    public static int MaxTokens(int textLength) => (textLength / 2) + 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLetterOrDigit(char c) => char.IsAscii(c) ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsInnerSymbol(char c) => c is '@' or '$' or '€' or '*' or '!' or '|';
}
