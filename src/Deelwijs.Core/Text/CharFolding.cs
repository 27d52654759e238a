using System.Buffers;
using System.Globalization;
using System.Text;

namespace Deelwijs.Core.Text;

/// <summary>Folds a character to lower case without diacritics (É → e), one char to one char so offsets stay aligned.</summary>
public static class CharFolding
{
    private const int TableSize = 0x250;
    private static readonly char[] Table = BuildTable();

    public static char Fold(char c) => c < TableSize ? Table[c] : FoldRare(c);

    public static void Fold(ReadOnlySpan<char> source, Span<char> destination)
    {
        var i = 0;
        while (i < source.Length)
        {
            // Most text is ASCII, which folds to plain lower case: that part goes many characters at a time.
            Ascii.ToLower(source[i..], destination[i..], out var written);
            for (i += written; i < source.Length && !char.IsAscii(source[i]); i++)
            {
                var c = source[i];
                destination[i] = c < TableSize ? Table[c] : FoldRare(c);
            }
        }
    }

    public static string Fold(string text)
    {
        return string.Create(text.Length, text, static (span, s) => Fold(s, span));
    }

    // Typographic apostrophes (Sanne’s) behave like the plain one.
    private static char FoldRare(char c) => c is '\u2019' or '\u2018' ? '\'' : char.ToLowerInvariant(c);

    private static char[] BuildTable()
    {
        var table = new char[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            var c = (char)i;
            var lower = char.ToLowerInvariant(c);
            var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
            var letter = decomposed.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(decomposed[0]) != UnicodeCategory.NonSpacingMark
                ? decomposed[0]
                : lower;
            table[i] = char.IsLetter(c) && char.IsLetter(letter) ? letter : lower;
        }

        return table;
    }
}
