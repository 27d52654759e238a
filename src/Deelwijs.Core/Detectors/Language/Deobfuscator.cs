using System.Buffers;
using Deelwijs.Core.Text;

namespace Deelwijs.Core.Detectors.Language;

/// <summary>
/// Undoes the usual ways of hiding a word: leetspeak (k4nk3r, @, $), masking (k*nker), letters apart
/// (k a n k e r, k.a.n.k.e.r) and stretched letters (kaaaanker). Writes one normalised word per word of the
/// post, remembering where each came from, so findings still point at the original text.
/// </summary>
internal static class Deobfuscator
{
    private const int MaxStretchedWord = 64;

    private static readonly SearchValues<char> StarOrDollar = SearchValues.Create("*$");

    /// <summary>The room <see cref="Normalize"/> needs for a text: its length, and one letter for each typo of 4+ letters it corrects.</summary>
    public static int MaxLength(int textLength) => textLength + (textLength / 4) + 2;

    /// <summary>True when some word needs more than folding; most posts do not, and then the folded text is used as is.</summary>
    public static bool IsNeeded(LanguageLexicon lexicon, ReadOnlySpan<char> text, ReadOnlySpan<char> folded, ReadOnlySpan<Token> tokens)
    {
        // Stars after a word, a dollar before one and stretched letters need characters that most posts do not have
        // at all: looking for those once in the whole text spares the word-by-word tests below.
        var disguised = folded.ContainsAny(StarOrDollar) || StretchedLetters.MayHaveAny(folded);
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if ((t.Shape & TokenShape.Symbols) != 0
                || ((t.Shape & (TokenShape.Letters | TokenShape.Digits)) == (TokenShape.Letters | TokenShape.Digits)
                    && !HidesNothing(lexicon, folded.Slice(t.Start, t.Length))))
            {
                return true;
            }

            if (t.Length == 1 && LetterRun(text, tokens, i) > 0)
            {
                return true;
            }

            if (disguised
                && ((t.End < folded.Length && folded[t.End] == '*' && (t.Shape & TokenShape.Letters) != 0 && !OnlyStarred(lexicon, text, folded, tokens, i))
                    || DollarBefore(folded, t)
                    || (t.Length >= 3 && StretchedLetters.Has(folded.Slice(t.Start, t.Length)))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the stars after a word ("vorig*", OCR noise or emphasis) hide no letter of it: they join no other word,
    /// fill in no offensive word, and neither the word nor the quotation marks after it change by dropping them.
    /// </summary>
    private static bool OnlyStarred(LanguageLexicon lexicon, ReadOnlySpan<char> text, ReadOnlySpan<char> folded, ReadOnlySpan<Token> tokens, int index)
    {
        var t = tokens[index];
        var end = t.End;
        while (end < text.Length && text[end] == '*')
        {
            end++;
        }

        if ((t.Shape & (TokenShape.Digits | TokenShape.Symbols)) != 0 || end == t.End || end - t.Start > MaxStretchedWord
            || (index + 1 < tokens.Length && tokens[index + 1].Start == end)
            || (end < text.Length && text[end] is '\'' or '‘' or '’')
            || !lexicon.IsInert(folded.Slice(t.Start, t.Length)))
        {
            return false;
        }

        Span<char> masked = stackalloc char[MaxStretchedWord];
        folded[t.Start..t.End].CopyTo(masked);
        masked[t.Length..(end - t.Start)].Fill('*');
        return !lexicon.TryUnmask(masked[..(end - t.Start)]);
    }

    /// <summary>
    /// True when a word of letters and digits ("3e", "6b", "10a": years, groups, ordinals) reads the same to the lexicon
    /// with its digits undone as leetspeak: both as written and undone it can play no part in a finding.
    /// </summary>
    private static bool HidesNothing(LanguageLexicon lexicon, ReadOnlySpan<char> word)
    {
        if (word.Length > MaxStretchedWord || !lexicon.IsInert(word))
        {
            return false;
        }

        Span<char> undone = stackalloc char[MaxStretchedWord];
        var changed = false;
        for (var i = 0; i < word.Length; i++)
        {
            undone[i] = Unleet(word[i]);
            changed |= undone[i] != word[i];
        }

        return !changed || lexicon.IsInert(undone[..word.Length]);
    }

    /// <summary>True when some word is a typo of a word of the lexicon (see <see cref="LanguageLexicon.TryCorrect"/>).</summary>
    public static bool HasTypo(LanguageLexicon lexicon, ReadOnlySpan<char> folded, ReadOnlySpan<Token> tokens, bool inContext)
    {
        foreach (var t in tokens)
        {
            var word = folded.Slice(t.Start, t.Length);
            if (lexicon.MayBeTypo(word, inContext) && lexicon.TryCorrect(word, inContext, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Writes the normalised words into <paramref name="chars"/> (at least <see cref="MaxLength"/>) and their positions into
    /// <paramref name="words"/>, the original spans into <paramref name="source"/>; returns the number of words.
    /// Corrects typos of words that are a finding on their own, and with <paramref name="contextTypos"/> of group and hate words too.
    /// </summary>
    public static int Normalize(LanguageLexicon lexicon, ReadOnlySpan<char> text, ReadOnlySpan<char> folded,
        ReadOnlySpan<Token> tokens, Span<char> chars, Span<Token> words, Span<Token> source, bool contextTypos)
    {
        Span<char> scratch = stackalloc char[MaxStretchedWord];
        var pos = 0;
        var count = 0;
        for (var i = 0; i < tokens.Length;)
        {
            var start = pos;
            var masked = MaskedRun(text, tokens, i, out var maskedEnd);
            var run = masked > 0 ? 0 : LetterRun(text, tokens, i);
            if (masked > 0)
            {
                var first = tokens[i].Start;
                foreach (var c in folded[first..maskedEnd])
                {
                    chars[pos++] = Unleet(c);
                }

                if (!lexicon.TryUnmask(chars[start..pos]))
                {
                    // "*kanker*" only emphasises; a mask nothing fits stays unknown.
                    while (pos > start && chars[pos - 1] == '*')
                    {
                        pos--;
                    }
                }

                source[count] = new Token(first, maskedEnd - first, TokenShape.Letters | TokenShape.Symbols);
                i += masked;
            }
            else if (run > 0)
            {
                for (var k = 0; k < run; k++)
                {
                    chars[pos++] = Unleet(folded[tokens[i + k].Start]);
                }

                source[count] = new Token(tokens[i].Start, tokens[i + run - 1].End - tokens[i].Start, TokenShape.Letters);
                i += run;
            }
            else
            {
                var t = tokens[i];
                if (DollarBefore(folded, t))
                {
                    // The tokenizer leaves a leading symbol out: "$hit".
                    chars[pos++] = 's';
                    t = t with { Start = t.Start - 1, Length = t.Length + 1 };
                    pos += Word(lexicon, folded.Slice(t.Start + 1, t.Length - 1), t.Shape, chars[pos..]);
                }
                else
                {
                    pos += Word(lexicon, folded.Slice(t.Start, t.Length), t.Shape, chars[pos..]);
                }

                source[count] = t;
                i++;
            }

            var length = StretchedLetters.Undo(lexicon, chars[start..pos], scratch);
            if (TryCorrect(lexicon, chars.Slice(start, length), contextTypos, out var correction))
            {
                // One letter more at most: the buffer leaves room for that (see MaxLength).
                correction.CopyTo(chars[start..]);
                length = correction.Length;
            }

            words[count++] = new Token(start, length, TokenShape.Letters);
            pos = start + length;
            chars[pos++] = ' ';
        }

        return count;
    }

    private static bool TryCorrect(LanguageLexicon lexicon, ReadOnlySpan<char> word, bool contextTypos, out string correction)
    {
        correction = "";
        return (lexicon.MayBeTypo(word, inContext: false) && lexicon.TryCorrect(word, inContext: false, out correction))
            || (contextTypos && lexicon.MayBeTypo(word, inContext: true) && lexicon.TryCorrect(word, inContext: true, out correction));
    }

    private static int Word(LanguageLexicon lexicon, ReadOnlySpan<char> word, TokenShape shape, Span<char> output)
    {
        var letters = (shape & TokenShape.Letters) != 0;
        if ((shape & TokenShape.Symbols) == 0 && !(letters && (shape & TokenShape.Digits) != 0))
        {
            word.CopyTo(output);
            return word.Length;
        }

        var n = 0;
        var stars = 0;
        var adjacentStars = false;
        for (var i = 0; i < word.Length; i++)
        {
            var c = letters ? Unleet(word[i]) : word[i];
            if (c == '*')
            {
                stars++;
                adjacentStars |= i > 0 && word[i - 1] == '*';
            }

            output[n++] = c;
        }

        if (stars == 0)
        {
            return n;
        }

        // "k*a*n*k*e*r" separates letters; "k*nker" hides one.
        if (!adjacentStars && stars >= n - stars - 1 && n - stars >= 3)
        {
            var m = 0;
            for (var i = 0; i < n; i++)
            {
                if (output[i] != '*')
                {
                    output[m++] = output[i];
                }
            }

            return m;
        }

        lexicon.TryUnmask(output[..n]);
        return n;
    }

    private static char Unleet(char c) => c switch
    {
        '4' or '@' => 'a',
        '3' or '€' => 'e',
        '1' or '!' or '|' => 'i',
        '0' => 'o',
        '5' or '$' => 's',
        '7' => 't',
        '8' => 'b',
        _ => c,
    };

    /// <summary>
    /// How many words form one masked word whose stars the tokenizer could not keep inside it ("F**k", "fu**");
    /// 0 when the word is not followed by a star. <paramref name="end"/> is where the masked word ends.
    /// </summary>
    private static int MaskedRun(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index, out int end)
    {
        var j = index;
        end = tokens[index].End;
        if ((tokens[index].Shape & TokenShape.Letters) == 0)
        {
            return 0;
        }

        while (end < text.Length && text[end] == '*')
        {
            while (end < text.Length && text[end] == '*')
            {
                end++;
            }

            if (j + 1 >= tokens.Length || tokens[j + 1].Start != end)
            {
                break;
            }

            j++;
            end = tokens[j].End;
        }

        return end > tokens[index].End ? j - index + 1 : 0;
    }

    /// <summary>How many single-character words in a row, one separator apart, spell a word here (at least 3); else 0.</summary>
    private static int LetterRun(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index)
    {
        var k = 0;
        var letters = false;
        while (index + k < tokens.Length && tokens[index + k].Length == 1)
        {
            if (k > 0)
            {
                var previousEnd = tokens[index + k - 1].End;
                if (tokens[index + k].Start - previousEnd != 1 || !IsSeparator(text[previousEnd]))
                {
                    break;
                }
            }

            letters |= char.IsLetter(text[tokens[index + k].Start]);
            k++;
        }

        return k >= 3 && letters ? k : 0;
    }

    private static bool DollarBefore(ReadOnlySpan<char> folded, Token t) =>
        t.Start > 0 && folded[t.Start - 1] == '$' && (t.Start == 1 || !char.IsLetterOrDigit(folded[t.Start - 2]));

    private static bool IsSeparator(char c) => c is ' ' or '.' or '-' or '_' or '*' or '/' or '+' or '~' or '·' or '\u00a0';
}
